package org.dialoguetracker.briefing;

import java.time.LocalDate;
import java.util.List;

import org.dialoguetracker.analysis.TopicPositions;
import org.dialoguetracker.followup.FollowUpView;
import org.dialoguetracker.meeting.MeetingDetails;
import org.dialoguetracker.meeting.MeetingRef;
import org.dialoguetracker.recommendation.RecommendationSummary;
import org.dialoguetracker.recommendation.StatusStep;

import org.springframework.data.domain.Page;

/**
 * The briefing before a round, as one reader may see it.
 *
 * @param previous the previous round of the same dialogue (the latest to start before this one); null for the first
 * @param statusChanges the changes of status that took effect since the previous round began, until this one
 *        begins, in that order; none for the first round
 * @param followUpsDone the follow-up actions completed in that period
 * @param followUpsOverdue the follow-up actions open past their due date today
 * @param stillOpen the recommendations of earlier rounds still open (stalled ones included)
 *        <p>The four lists are pages: the web page shows the first {@link BriefingService#PAGE_ROWS} of each and
 *        says how many there are ({@code totalElements}); the PDF, a document to send on, holds them all.
 * @param positions each top-level topic's latest round before this one, its statements placed by side within the
 *        reader's attribution view
 */
public record Briefing(MeetingDetails meeting, MeetingRef previous, LocalDate today,
        Page<StatusStep> statusChanges, Page<FollowUpView> followUpsDone, Page<FollowUpView> followUpsOverdue,
        Page<RecommendationSummary> stillOpen, List<TopicPositions> positions) {

    public boolean firstRound() {
        return previous == null;
    }
}
