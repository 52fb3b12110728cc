package org.dialoguetracker.imports;

import java.util.Map;

/**
 * One row of an uploaded file: its line number as a spreadsheet counts it (the header is line 1), and its cells
 * by the (normalised) name of their column, cleaned of surrounding blanks and of the export's formula guard.
 */
record CsvLine(int line, Map<String, String> cells) {

    /** The cell of this column, or "" when the file has no such column or the cell is empty. */
    String get(String column) {
        return cells.getOrDefault(column, "");
    }
}
