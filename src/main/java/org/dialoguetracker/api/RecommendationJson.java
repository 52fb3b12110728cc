package org.dialoguetracker.api;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.dialoguetracker.api.Links.MeetingLink;
import org.dialoguetracker.api.Links.TopicLink;
import org.dialoguetracker.recommendation.AddressedTo;
import org.dialoguetracker.recommendation.Consensus;
import org.dialoguetracker.recommendation.Feasibility;
import org.dialoguetracker.recommendation.RecommendationHit;
import org.dialoguetracker.recommendation.RecommendationStatus;
import org.dialoguetracker.recommendation.RecommendationSummary;
import org.dialoguetracker.shared.TextSearch.Highlight;

/** A recommendation in a list of results. */
@Schema(name = "Recommendation", description = "A recommendation in a list; /api/recommendations/{id} has the rest.")
record RecommendationJson(
        Long id,
        @Schema(description = "Its reference code, as the reports number it") String reference,
        Text title,
        RecommendationStatus status,
        Feasibility feasibility,
        AddressedTo addressedTo,
        Consensus consensus,
        List<TopicLink> topics,
        @Schema(description = "The meetings it came from, earliest first") List<MeetingLink> meetings,
        Instant updatedAt,
        @Schema(description = "Where its text matched the search (?q=), in order; the matched words have match "
                + "true. Empty when not searching.") List<SnippetPart> snippet) {

    static RecommendationJson of(RecommendationHit hit) {
        RecommendationSummary r = hit.recommendation();
        return new RecommendationJson(r.id(), r.reference(), Text.of(r.title()), r.status(), r.feasibility(),
                r.addressedTo(), r.consensus(), r.topics().stream().map(TopicLink::of).toList(),
                r.meetings().stream().map(MeetingLink::of).toList(), r.updatedAt(),
                hit.snippet().stream().map(SnippetPart::of).toList());
    }

    @Schema(name = "SnippetPart", description = "A piece of a search snippet")
    record SnippetPart(String text, boolean match) {

        static SnippetPart of(Highlight highlight) {
            return new SnippetPart(highlight.text(), highlight.match());
        }
    }
}
