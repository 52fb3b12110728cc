package org.dialoguetracker.document;

/** What a document is to the record it is kept with. */
public enum DocumentCategory {
    AGENDA, BACKGROUND_PAPER, PRESENTATION, EVIDENCE, OTHER
}
