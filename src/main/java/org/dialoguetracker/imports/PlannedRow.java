package org.dialoguetracker.imports;

import java.io.Serializable;
import java.util.List;

import org.dialoguetracker.recommendation.RecommendationStatus;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * One line of the file as the preview shows it and the import applies it. A line with problems changes nothing,
 * and keeps the whole file from being applied.
 *
 * @param line the line number as a spreadsheet counts it, the header being line 1
 * @param recommendationId null when no recommendation has the reference
 * @param version the recommendation's version at the preview; applying requires it to be current still
 * @param current the recommendation's status at the preview, null when unknown
 * @param statusCell the status as the file gives it
 * @param target the status the line asks for, null when missing or unreadable
 * @param note the note of the status change for the timeline
 * @param followUp the follow-up action to add, or null
 * @param problems what is wrong with the line, as messages
 */
public record PlannedRow(int line, String reference, Long recommendationId, long version,
        RecommendationStatus current, String statusCell, RecommendationStatus target, String note,
        PlannedFollowUp followUp, List<DefaultMessageSourceResolvable> problems) implements Serializable {

    public PlannedRow {
        problems = List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public boolean changesStatus() {
        return !hasProblems() && target != current;
    }

    public boolean addsFollowUp() {
        return !hasProblems() && followUp != null;
    }

    /** A line that asks for nothing the recommendation does not have already. */
    public boolean isUnchanged() {
        return !hasProblems() && !changesStatus() && !addsFollowUp();
    }
}
