package org.dialoguetracker.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.dialoguetracker.api.Links.MeetingLink;
import org.dialoguetracker.api.Links.TopicLink;
import org.dialoguetracker.followup.FollowUpStatus;
import org.dialoguetracker.followup.FollowUpView;
import org.dialoguetracker.recommendation.AddressedTo;
import org.dialoguetracker.recommendation.Consensus;
import org.dialoguetracker.recommendation.Feasibility;
import org.dialoguetracker.recommendation.RecommendationDetails;
import org.dialoguetracker.recommendation.RecommendationStatus;
import org.dialoguetracker.recommendation.RecommendationSummary;
import org.dialoguetracker.shared.AttributionRule;
import org.dialoguetracker.statement.StatementKind;
import org.dialoguetracker.statement.StatementSide;
import org.dialoguetracker.statement.StatementView;

/** A recommendation with everything its page shows, within what the caller may see. */
@Schema(name = "RecommendationDetails", description = """
        A recommendation with its texts, status timeline, follow-up actions, source meetings and the statements \
        it rests on, with as much attribution as each meeting's rule allows the caller.""")
record RecommendationDetailsJson(
        Long id,
        String reference,
        Text title,
        Text text,
        RecommendationStatus status,
        Feasibility feasibility,
        AddressedTo addressedTo,
        Consensus consensus,
        @Schema(description = "Archived recommendations are left out of lists") boolean archived,
        List<TopicLink> topics,
        @Schema(description = "The meetings it came from, earliest first") List<MeetingLink> meetings,
        Instant updatedAt,
        @Schema(description = "Every change of its status, in the order they took effect") List<StatusChange> timeline,
        List<FollowUp> followUps,
        List<Statement> statements) {

    static RecommendationDetailsJson of(RecommendationDetails details, List<FollowUpView> followUps,
            List<StatementView> statements) {
        RecommendationSummary r = details.summary();
        return new RecommendationDetailsJson(r.id(), r.reference(), Text.of(r.title()), Text.of(details.text()),
                r.status(), r.feasibility(), r.addressedTo(), r.consensus(), details.archived(),
                r.topics().stream().map(TopicLink::of).toList(), r.meetings().stream().map(MeetingLink::of).toList(),
                r.updatedAt(),
                details.timeline().stream().map(step -> new StatusChange(step.effectiveOn(), step.changedAt(),
                        step.from(), step.to(), step.note().en(), step.note().ru(), step.changedBy())).toList(),
                followUps.stream().map(FollowUp::of).toList(),
                statements.stream().map(Statement::of).toList());
    }

    @Schema(name = "StatusChange")
    record StatusChange(
            @Schema(description = "The day it took effect; earlier than changedAt's day when it was backdated")
            LocalDate effectiveOn,
            @Schema(description = "When it was recorded") Instant changedAt,
            @Schema(description = "Null for the first status", nullable = true) RecommendationStatus from,
            RecommendationStatus to,
            @Schema(description = "The note in English", nullable = true) String note,
            @Schema(description = "The note in Russian", nullable = true) String noteRu,
            @Schema(description = "The tracker user who recorded it; null for what the demo data or an import "
                    + "recorded without one", nullable = true) String changedBy) {
    }

    @Schema(name = "FollowUp", description = "A step toward the recommendation")
    record FollowUp(
            Long id,
            Text description,
            @Schema(description = "Who carries it: an institution or a free text; a person's name only for "
                    + "organisers and admins (others get the person's institution); null when none was recorded",
                    nullable = true) Text owner,
            @Schema(description = "Null when none was set", nullable = true) LocalDate dueDate,
            FollowUpStatus status,
            @Schema(description = "Null until it is done, or when nothing was noted", nullable = true)
            String completionNote,
            @Schema(description = "The day it was done; null unless its status is DONE", nullable = true)
            LocalDate completedOn,
            @Schema(description = "Still open past its due date") boolean overdue) {

        static FollowUp of(FollowUpView view) {
            return new FollowUp(view.id(), Text.of(view.description()), Text.of(view.owner()), view.dueDate(),
                    view.status(), view.completionNote(), view.completedOn(), view.overdue());
        }
    }

    @Schema(name = "Statement", description = """
            A key point of a meeting's discussion. side, speaker and speakerInstitution are null where the \
            meeting's attribution rule (capped further by the statement's own attribution) withholds them from \
            the caller, or where nothing was recorded.""")
    record Statement(
            Long id,
            Long meetingId,
            Text meetingTitle,
            StatementKind kind,
            Text text,
            List<TopicLink> topics,
            @Schema(description = "How much attribution researchers get for it: NONE, SIDE or NAMED")
            AttributionRule attribution,
            @Schema(nullable = true) StatementSide side,
            @Schema(nullable = true) Text speaker,
            @Schema(nullable = true) Text speakerInstitution) {

        static Statement of(StatementView view) {
            return new Statement(view.id(), view.meetingId(), Text.of(view.meetingTitle()), view.kind(),
                    Text.of(view.text()), view.topics().stream().map(TopicLink::of).toList(),
                    view.publicAttribution(), view.side(), Text.of(view.speaker()),
                    Text.of(view.speakerInstitution()));
        }
    }
}
