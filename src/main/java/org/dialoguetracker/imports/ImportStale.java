package org.dialoguetracker.imports;

/**
 * A recommendation of the file changed (or was archived) between the preview and applying it, so the preview no
 * longer says what applying would do. The whole import is rolled back.
 */
public class ImportStale extends RuntimeException {

    private final int line;

    private final String reference;

    ImportStale(int line, String reference) {
        super("Recommendation " + reference + " (line " + line + ") changed since the preview");
        this.line = line;
        this.reference = reference;
    }

    public int line() {
        return line;
    }

    public String reference() {
        return reference;
    }
}
