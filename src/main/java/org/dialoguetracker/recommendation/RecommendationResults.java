package org.dialoguetracker.recommendation;

import org.springframework.data.domain.Page;

/** One page of a query's recommendations and the counts of every facet. */
public record RecommendationResults(Page<RecommendationHit> hits, Facets facets) {
}
