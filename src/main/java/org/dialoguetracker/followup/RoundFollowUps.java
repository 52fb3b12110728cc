package org.dialoguetracker.followup;

import java.time.LocalDate;
import java.util.List;

import org.dialoguetracker.shared.CountedIds;
import org.dialoguetracker.shared.KeptCache;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which follow-ups of a dialogue's earlier rounds the briefing lists (done in the period, overdue today), kept by the
 * data versions of the follow-ups (V12: the actions, their owners) and of the recommendations (V10: archiving and
 * the rounds they came from), and by the day for the overdue ones. A bean of its own so that
 * {@link FollowUpService}'s calls go through the cache. The actions themselves, and so their owners as each reader
 * may see them, are loaded each time.
 */
@Component
@Transactional(readOnly = true)
class RoundFollowUps {

    /** The first ids by data versions, rounds, period or day, and limit; a few hundred bytes each. */
    static final String LISTS = "follow-up-round-lists";

    private final FollowUpRepository followUps;

    RoundFollowUps(FollowUpRepository followUps) {
        this.followUps = followUps;
    }

    /** The first {@code limit} actions done from {@code from} until before {@code before}, and their number. */
    @Cacheable(cacheNames = LISTS, sync = true)
    public CountedIds done(long followUpsVersion, long recommendationsVersion, List<Long> meetingIds, LocalDate from,
            LocalDate before, int limit) {
        return CountedIds.of(followUps.findIdsDoneInRounds(meetingIds, from, before, limit));
    }

    /** The first {@code limit} open actions due before {@code today}, and their number. */
    @Cacheable(cacheNames = LISTS, sync = true)
    public CountedIds overdue(long followUpsVersion, long recommendationsVersion, List<Long> meetingIds,
            LocalDate today, int limit) {
        return CountedIds.of(followUps.findIdsOverdueInRounds(meetingIds, today, limit));
    }

    @Configuration(proxyBeanMethods = false)
    static class Caches {

        @Bean
        KeptCache followUpRoundLists() {
            return KeptCache.sized(LISTS, 400);
        }
    }
}
