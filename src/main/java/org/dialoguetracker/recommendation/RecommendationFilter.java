package org.dialoguetracker.recommendation;

import java.util.List;

/**
 * What a reader narrowed the recommendations down to.
 *
 * @param topicIds the chosen topic and its subtopics, or null for any topic
 * @param status one status, or null for any
 */
public record RecommendationFilter(List<Long> topicIds, RecommendationStatus status) {
}
