package org.dialoguetracker.analysis;

import java.util.List;
import java.util.Set;

import org.dialoguetracker.meeting.MeetingRef;
import org.dialoguetracker.shared.BarChart;
import org.dialoguetracker.statement.StatementKind;
import org.dialoguetracker.statement.StatementView;
import org.dialoguetracker.topic.TopicNode;
import org.dialoguetracker.topic.TopicRef;

import org.springframework.data.domain.Page;

/**
 * A topic's page of rounds, the two sides' statements side by side, as one reader may see them.
 *
 * @param rounds the rounds (meetings) on this page, the oldest first
 * @param kinds the kinds of statement shown
 * @param convergence one bar group per round of this page: agreement and disagreement statements, and the round's
 *        recommendations on the topic by consensus
 */
public record Positions(TopicNode topic, TopicRef parent, Period period, Set<StatementKind> kinds, Page<Round> rounds,
        List<RoundBars> convergence) {

    /**
     * One round.
     *
     * @param across statements that belong to neither column: every agreement; a disagreement whose side is both or
     *        is withheld from this reader; any statement recorded for both sides
     * @param uk the statements this reader may see as the UK side's
     * @param russia the statements this reader may see as the Russian side's
     * @param withheld how many positions, proposals and quotes the attribution rule keeps out of the columns for this
     *        reader: one total, never split by side
     * @param more how many statements this reader may see are left out of the parts, each holding at most
     *        {@link PositionsService#PER_PART}: one total, on the meeting's page
     */
    public record Round(MeetingRef meeting, List<StatementView> across, List<StatementView> uk,
            List<StatementView> russia, int withheld, int more) {
    }

    /** A round's bars in the convergence chart, on the scale shared by every round of the chart. */
    public record RoundBars(MeetingRef meeting, BarChart chart) {
    }
}
