package org.dialoguetracker.shared.history;

import java.util.List;

/**
 * What one revision did to one record, as the audit trail shows it.
 *
 * @param subjectLabel message key naming the kind of record ("history.subject.followUp")
 * @param subject the record's title, reference or the start of its text
 * @param kind created, changed or deleted
 * @param fields the message keys of the fields it changed (all of them that have a value, on creation)
 * @param path the page that shows the record; null when the record is deleted
 */
public record RecordChange(String subjectLabel, String subject, HistoryEntry.Kind kind, List<String> fields,
        String path) {
}
