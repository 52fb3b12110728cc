package org.dialoguetracker.participant;

/** Small helpers for the texts of people's forms. */
final class Texts {

    private Texts() {
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** What is stored of an optional text: stripped, and null when empty. */
    static String orNull(String text) {
        return isBlank(text) ? null : text.strip();
    }
}
