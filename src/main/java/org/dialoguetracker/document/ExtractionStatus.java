package org.dialoguetracker.document;

/**
 * How far the search has got with a document's text: waiting for the background extraction, extracted, failed (the
 * reason kept), or nothing to extract (an image, an empty text).
 */
public enum ExtractionStatus {
    PENDING, DONE, FAILED, NO_TEXT
}
