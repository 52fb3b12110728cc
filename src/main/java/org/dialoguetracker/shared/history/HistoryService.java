package org.dialoguetracker.shared.history;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.criteria.AuditCriterion;


import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the Envers revisions of audited records and turns them into "who changed what, when": each revision
 * compared field by field with the previous revision of the same record.
 */
@Service
@Transactional(readOnly = true)
public class HistoryService {

    private final EntityManager entityManager;

    private final MessageSource messages;

    HistoryService(EntityManager entityManager, MessageSource messages) {
        this.entityManager = entityManager;
        this.messages = messages;
    }

    /** How one kind of audited record is described in a history. */
    public interface Describer<T> {

        Object id(T record);

        /** Message key naming the kind of record. */
        String subjectLabel();

        String subject(T record);

        /**
         * Field values under the message keys of their labels, in display order. Values may be strings, numbers,
         * dates, collections of such, or {@link MessageSourceResolvable}s for enum labels.
         */
        Map<String, Object> fields(T record);
    }

    /** The revisions of the records of this type that match the criterion, newest first. */
    public <T> List<HistoryEntry> of(Class<T> type, AuditCriterion criterion, Describer<T> describer) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(criterion)
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        Map<Object, Map<String, String>> previous = new HashMap<>();
        List<HistoryEntry> entries = new ArrayList<>();
        for (Object[] row : rows) {
            @SuppressWarnings("unchecked")
            T record = (T) row[0];
            Revision revision = (Revision) row[1];
            RevisionType revisionType = (RevisionType) row[2];
            Object id = describer.id(record);
            if (revisionType == RevisionType.DEL) {
                entries.add(new HistoryEntry(revision.getId(), revision.getChangedAt(), revision.getUsername(),
                        describer.subjectLabel(), describer.subject(record), HistoryEntry.Kind.DELETED, List.of()));
                previous.remove(id);
                continue;
            }
            Map<String, String> now = format(describer.fields(record));
            Map<String, String> before = previous.getOrDefault(id, Map.of());
            List<HistoryEntry.Change> changes = new ArrayList<>();
            now.forEach((label, value) -> {
                String old = before.get(label);
                if (!Objects.equals(old, value) && !(old == null && value.isEmpty())) {
                    changes.add(new HistoryEntry.Change(label, old == null ? "" : old, value));
                }
            });
            previous.put(id, now);
            HistoryEntry.Kind kind = revisionType == RevisionType.ADD ? HistoryEntry.Kind.CREATED
                    : HistoryEntry.Kind.CHANGED;
            if (kind == HistoryEntry.Kind.CHANGED && changes.isEmpty()) {
                continue; // only unaudited fields (timestamps, version) changed
            }
            entries.add(new HistoryEntry(revision.getId(), revision.getChangedAt(), revision.getUsername(),
                    describer.subjectLabel(), describer.subject(record), kind, changes));
        }
        entries.sort(Comparator.comparingLong(HistoryEntry::revision).reversed());
        return entries;
    }

    /** Several histories as one, newest first. */
    @SafeVarargs
    public static List<HistoryEntry> merge(List<HistoryEntry>... histories) {
        return java.util.Arrays.stream(histories).flatMap(List::stream)
                .sorted(Comparator.comparingLong(HistoryEntry::revision).reversed()
                        .thenComparing(HistoryEntry::subjectLabel))
                .toList();
    }

    /**
     * What the given revisions did to the records of one audited kind, by revision: each record compared with its
     * own previous revision. Two queries, whatever the number of revisions: the records each revision touched, and
     * every revision of those records up to the latest one asked for.
     */
    public <T> Map<Long, List<RecordChange>> changesAt(Collection<Long> revisions, AuditedRecords<T> records) {
        Map<Long, List<RecordChange>> changes = new HashMap<>();
        if (revisions.isEmpty()) {
            return changes;
        }
        HistoryService.Describer<T> describer = records.describer();
        @SuppressWarnings("unchecked")
        List<Object[]> touched = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(records.type(), false, true)
                .add(AuditEntity.revisionNumber().in(revisions))
                .getResultList();
        if (touched.isEmpty()) {
            return changes;
        }
        List<Object> ids = touched.stream().map(row -> {
            @SuppressWarnings("unchecked")
            T record = (T) row[0];
            return describer.id(record);
        }).distinct().toList();
        long latest = revisions.stream().mapToLong(Long::longValue).max().orElseThrow();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(records.type(), false, true)
                .add(AuditEntity.id().in(ids))
                .add(AuditEntity.revisionNumber().le(latest))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        Map<Object, Map<String, String>> previous = new HashMap<>();
        Map<Object, String> subjects = new HashMap<>();
        for (Object[] row : rows) {
            @SuppressWarnings("unchecked")
            T record = (T) row[0];
            long revision = ((Revision) row[1]).getId();
            RevisionType revisionType = (RevisionType) row[2];
            Object id = describer.id(record);
            if (revisionType == RevisionType.DEL) {
                if (revisions.contains(revision)) {
                    changes.computeIfAbsent(revision, r -> new ArrayList<>()).add(new RecordChange(
                            describer.subjectLabel(), subjects.getOrDefault(id, "#" + id), HistoryEntry.Kind.DELETED,
                            List.of(), null));
                }
                previous.remove(id);
                continue;
            }
            Map<String, String> now = format(describer.fields(record));
            Map<String, String> before = previous.getOrDefault(id, Map.of());
            List<String> changed = new ArrayList<>();
            now.forEach((label, value) -> {
                String old = before.get(label);
                if (!Objects.equals(old, value) && !(old == null && value.isEmpty())) {
                    changed.add(label);
                }
            });
            previous.put(id, now);
            String subject = describer.subject(record);
            subjects.put(id, subject);
            if (revisions.contains(revision)) {
                HistoryEntry.Kind kind = revisionType == RevisionType.ADD ? HistoryEntry.Kind.CREATED
                        : HistoryEntry.Kind.CHANGED;
                if (kind == HistoryEntry.Kind.CHANGED && changed.isEmpty()) {
                    continue; // only unaudited fields (timestamps, version) changed
                }
                changes.computeIfAbsent(revision, r -> new ArrayList<>()).add(new RecordChange(
                        describer.subjectLabel(), subject, kind, kind == HistoryEntry.Kind.CREATED ? List.of() : changed,
                        records.path().apply(record)));
            }
        }
        return changes;
    }

    /** Who last saved this record, if its history was kept. */
    public Optional<String> lastEditor(Class<?> type, Object id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().desc())
                .setMaxResults(1)
                .getResultList();
        return rows.stream().map(row -> ((Revision) row[1]).getUsername()).findFirst();
    }

    private Map<String, String> format(Map<String, Object> fields) {
        Map<String, String> formatted = new LinkedHashMap<>();
        fields.forEach((label, value) -> formatted.put(label, format(value)));
        return formatted;
    }

    private String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof MessageSourceResolvable resolvable) {
            return messages.getMessage(resolvable, LocaleContextHolder.getLocale());
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(this::format).sorted().collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }
}
