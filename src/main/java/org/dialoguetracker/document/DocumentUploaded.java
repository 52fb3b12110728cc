package org.dialoguetracker.document;

/**
 * A document's version was stored (an upload or a replacement), published in the upload's transaction; its text is
 * extracted once that has committed, in the background ({@link TextExtraction}).
 */
public record DocumentUploaded(Long documentId, int version) {
}
