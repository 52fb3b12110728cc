package org.dialoguetracker.export;

import java.util.List;

import org.dialoguetracker.recommendation.AddressedTo;
import org.dialoguetracker.recommendation.Feasibility;
import org.dialoguetracker.recommendation.RecommendationStatus;

/**
 * The filters of {@code /recommendations}, as the exports take them; null means any.
 *
 * @param topicIds the chosen topic with its subtopics (empty: an unknown topic, so nothing matches)
 */
record ExportFilter(List<Long> topicIds, RecommendationStatus status, Feasibility feasibility,
        AddressedTo addressedTo, Long meetingId) {
}
