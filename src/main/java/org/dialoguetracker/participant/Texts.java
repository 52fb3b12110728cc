package org.dialoguetracker.participant;

/** Small helpers for the texts of people's forms. */
final class Texts {

    private Texts() {
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
