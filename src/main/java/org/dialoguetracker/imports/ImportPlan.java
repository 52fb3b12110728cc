package org.dialoguetracker.imports;

import java.io.Serializable;
import java.util.List;
import java.util.function.Predicate;

/**
 * What a file would change, line by line, worked out at the preview and kept in the admin's session (which lives
 * in PostgreSQL, hence serializable) until it is applied or discarded.
 *
 * @param token identifies this preview, so that applying refers to the very preview the admin saw
 * @param fileName the name of the uploaded file
 */
public record ImportPlan(String token, String fileName, List<PlannedRow> rows) implements Serializable {

    public ImportPlan {
        rows = List.copyOf(rows);
    }

    public long statusChanges() {
        return count(PlannedRow::changesStatus);
    }

    public long followUps() {
        return count(PlannedRow::addsFollowUp);
    }

    public long unchanged() {
        return count(PlannedRow::isUnchanged);
    }

    /** The number of lines with problems. */
    public long errors() {
        return count(PlannedRow::hasProblems);
    }

    /** Only a file without errors is applied, and only when it changes something. */
    public boolean canApply() {
        return errors() == 0 && statusChanges() + followUps() > 0;
    }

    private long count(Predicate<PlannedRow> which) {
        return rows.stream().filter(which).count();
    }
}
