package org.dialoguetracker.statement;

import java.util.List;

/**
 * The last statements of a meeting, the last recorded first, as the reader may see them.
 *
 * @param shown the statements shown
 * @param total how many the meeting holds
 */
public record LatestStatements(List<StatementView> shown, long total) {

    /** Whether the meeting holds more statements than those shown. */
    public boolean cut() {
        return total > shown.size();
    }
}
