package org.dialoguetracker.shared.history;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What revisions changed, record by record, for the audit trail: over every kind of audited record that a module
 * declared ({@link AuditedRecords}), two queries per kind for a whole page of the trail.
 */
@Service
@Transactional(readOnly = true)
public class RevisionChanges {

    private final HistoryService history;

    private final ObjectProvider<AuditedRecords<?>> records;

    RevisionChanges(HistoryService history, ObjectProvider<AuditedRecords<?>> records) {
        this.history = history;
        this.records = records;
    }

    /** The records each of these revisions created, changed or deleted, by revision, in the order of the kinds' beans. */
    public Map<Long, List<RecordChange>> of(Collection<Long> revisions) {
        Map<Long, List<RecordChange>> changes = new HashMap<>();
        records.orderedStream().forEach(kind -> history.changesAt(revisions, kind)
                .forEach((revision, some) -> changes.computeIfAbsent(revision, r -> new ArrayList<>()).addAll(some)));
        return changes;
    }
}
