package org.dialoguetracker.shared.history;

import java.time.Instant;
import java.util.List;

/**
 * One saved change to one record, as the History tab shows it.
 *
 * @param subjectLabel message key naming the kind of record (e.g. "history.subject.statement")
 * @param subject a short description of the record, e.g. its reference or the start of its text
 * @param kind created, changed or deleted
 * @param changes the fields whose value differs from the record's previous revision (all of them on creation)
 */
public record HistoryEntry(long revision, Instant changedAt, String username, String subjectLabel, String subject,
        Kind kind, List<Change> changes) {

    public enum Kind {
        CREATED, CHANGED, DELETED
    }

    /** One field before and after, formatted for the reader; {@code label} is a message key. */
    public record Change(String label, String before, String after) {
    }
}
