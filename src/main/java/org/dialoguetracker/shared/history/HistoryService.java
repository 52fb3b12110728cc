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
