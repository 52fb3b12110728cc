package org.dialoguetracker.document;

/**
 * Who may read a document besides organisers and admins, who read every one. {@link #PUBLISHED_WITH_REPORT}: a
 * meeting's document once the meeting's joint report has a published edition; a recommendation's (or one of its
 * follow-up actions') once the report of a meeting the recommendation came from has one.
 */
public enum AccessLevel {
    ORGANISERS, RESEARCHERS, PUBLISHED_WITH_REPORT
}
