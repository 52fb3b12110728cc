package org.dialoguetracker.recommendation;

import java.util.ArrayList;
import java.util.List;

import org.dialoguetracker.shared.CountedIds;
import org.dialoguetracker.shared.KeptCache;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which recommendations of a dialogue's earlier rounds are still open (the briefing's longest list: two thousand and
 * more on the bench data, counted and sorted by reference on every view), kept by the data version of the
 * recommendations (V10), whose triggers cover their status, archiving and meetings. A bean of its own so that
 * {@link RecommendationService}'s calls go through the cache.
 */
@Component
@Transactional(readOnly = true)
class RoundRecommendations {

    /** The first ids by data version, rounds and limit; a few hundred bytes each (all of them for a PDF). */
    static final String STILL_OPEN = "recommendation-still-open";

    private final RecommendationRepository recommendations;

    RoundRecommendations(RecommendationRepository recommendations) {
        this.recommendations = recommendations;
    }

    /** The first {@code limit} ids of the open (or stalled) live recommendations of these rounds, and their number. */
    @Cacheable(cacheNames = STILL_OPEN, sync = true)
    public CountedIds stillOpen(long dataVersion, List<Long> meetingIds, int limit) {
        List<String> open = new ArrayList<>();
        for (RecommendationStatus status : RecommendationStatus.values()) {
            if (status.isOpen() || status == RecommendationStatus.STALLED) {
                open.add(status.name());
            }
        }
        return CountedIds.of(recommendations.findIdsOfRounds(meetingIds, open, limit));
    }

    @Configuration(proxyBeanMethods = false)
    static class Caches {

        @Bean
        KeptCache recommendationStillOpen() {
            return KeptCache.sized(STILL_OPEN, 200);
        }
    }
}
