package org.dialoguetracker.recommendation;

import org.dialoguetracker.shared.KeptCache;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What this module keeps per data version of the recommendations (V10), with its default bounds; see
 * {@link RecommendationSearch} and {@link RecommendationCounts}.
 */
@Configuration(proxyBeanMethods = false)
class RecommendationCaches {

    /** Facet counts by data version and query; a few hundred bytes each. */
    static final String FACETS = "recommendation-facets";

    /** Totals of the API's queries by data version and query. */
    static final String TOTALS = "recommendation-totals";

    /** The ids of searches' ranked matches in their order, by data version, query and how many are ranked. */
    static final String RANKINGS = "recommendation-rankings";

    /** What lists show of a recommendation, by data version and recommendation; a few hundred bytes each. */
    static final String SUMMARIES = "recommendation-summaries";

    @Bean
    KeptCache recommendationFacets() {
        return KeptCache.sized(FACETS, 5_000);
    }

    @Bean
    KeptCache recommendationTotals() {
        return KeptCache.sized(TOTALS, 5_000);
    }

    /** At most about 8 MB: weighed in ids, a thousand at most per search. */
    @Bean
    KeptCache recommendationRankings() {
        return KeptCache.weighed(RANKINGS, 1_000_000, long[].class, ids -> 16 + ids.length);
    }

    @Bean
    KeptCache recommendationSummaries() {
        return KeptCache.sized(SUMMARIES, 5_000);
    }
}
