package org.dialoguetracker.document.web;

import jakarta.validation.constraints.NotNull;

import org.dialoguetracker.document.AccessLevel;

/**
 * A change to a document (a replacement, a new access level, its deletion): the version of the document the page
 * showed, so that a change made meanwhile by someone else is not overwritten, and the new access level where one is
 * set.
 */
record ChangeForm(@NotNull Long lockVersion, AccessLevel access) {
}
