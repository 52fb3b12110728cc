package org.dialoguetracker.recommendation;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.dialoguetracker.meeting.MeetingRef;
import org.dialoguetracker.shared.Bilingual;
import org.dialoguetracker.topic.TopicRef;

/** A recommendation as lists show it. */
public record RecommendationSummary(
        Long id,
        String reference,
        Bilingual title,
        RecommendationStatus status,
        Feasibility feasibility,
        AddressedTo addressedTo,
        Consensus consensus,
        List<TopicRef> topics,
        List<MeetingRef> meetings,
        Instant updatedAt) {

    static RecommendationSummary of(Recommendation recommendation) {
        return new RecommendationSummary(
                recommendation.getId(),
                recommendation.getReference(),
                recommendation.getTitle(),
                recommendation.getStatus(),
                recommendation.getFeasibility(),
                recommendation.getAddressedTo(),
                recommendation.getConsensus(),
                recommendation.getTopics().stream().map(TopicRef::of)
                        .sorted(Comparator.comparing(TopicRef::slug)).toList(),
                recommendation.getMeetings().stream().map(MeetingRef::of)
                        .sorted(Comparator.comparing(MeetingRef::startDate)).toList(),
                recommendation.getUpdatedAt());
    }
}
