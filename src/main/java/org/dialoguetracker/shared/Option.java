package org.dialoguetracker.shared;

/** One choice of a select box: the submitted value, its label in both languages, its indent (for trees). */
public record Option(Object value, Bilingual label, int depth) {

    public Option(Object value, Bilingual label) {
        this(value, label, 0);
    }
}
