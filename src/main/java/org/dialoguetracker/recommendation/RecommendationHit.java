package org.dialoguetracker.recommendation;

import java.util.List;

import org.dialoguetracker.shared.TextSearch.Highlight;

/**
 * A recommendation in a list of results.
 *
 * @param recommendation what lists show of it
 * @param snippet where its text matched the search, the matches marked; empty when not searching
 */
public record RecommendationHit(RecommendationSummary recommendation, List<Highlight> snippet) {
}
