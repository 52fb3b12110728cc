package org.dialoguetracker.export;

/**
 * Keeps spreadsheet programs from running what a title holds when they open the CSV: a cell that starts with
 * {@code = + - @} (or a tab or carriage return, which some treat alike) is written with a leading apostrophe, so it
 * stays text. For the CSV only: an XLSX text cell is never evaluated, and its texts are written as they are.
 */
final class Cells {

    private Cells() {
    }

    static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
