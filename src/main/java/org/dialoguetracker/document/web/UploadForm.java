package org.dialoguetracker.document.web;

import jakarta.validation.constraints.Size;

import org.dialoguetracker.document.AccessLevel;
import org.dialoguetracker.document.DocumentCategory;

/**
 * The upload form's fields besides the file: a title (the file's name when left empty), what the document is, and who
 * may read it (the level the panel proposes when not chosen).
 */
record UploadForm(@Size(max = 300) String title, DocumentCategory category, AccessLevel access) {
}
