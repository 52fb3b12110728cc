package org.dialoguetracker.meeting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dialoguetracker.shared.Labels;
import org.dialoguetracker.shared.history.HistoryEntry;
import org.dialoguetracker.shared.history.HistoryService;
import org.dialoguetracker.topic.Topic;
import org.hibernate.envers.query.AuditEntity;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The History tab of a meeting: its own revisions and those of its agenda. */
@Service
@Transactional(readOnly = true)
public class MeetingHistory {

    private final HistoryService history;

    MeetingHistory(HistoryService history) {
        this.history = history;
    }

    public List<HistoryEntry> of(Long meetingId) {
        return HistoryService.merge(
                history.of(Meeting.class, AuditEntity.id().eq(meetingId), MEETING),
                history.of(AgendaItem.class, AuditEntity.relatedId("meeting").eq(meetingId), AGENDA_ITEM));
    }

    static final HistoryService.Describer<Meeting> MEETING = new HistoryService.Describer<>() {
        @Override
        public Object id(Meeting meeting) {
            return meeting.getId();
        }

        @Override
        public String subjectLabel() {
            return "history.subject.meeting";
        }

        @Override
        public String subject(Meeting meeting) {
            return meeting.getTitle().in(readersLanguage());
        }

        @Override
        public Map<String, Object> fields(Meeting meeting) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("meeting.form.title.en", meeting.getTitle().en());
            fields.put("meeting.form.title.ru", meeting.getTitle().ru());
            fields.put("meeting.form.city.en", meeting.getCity().en());
            fields.put("meeting.form.city.ru", meeting.getCity().ru());
            fields.put("meeting.form.startDate", meeting.getStartDate());
            fields.put("meeting.form.endDate", meeting.getEndDate());
            fields.put("meeting.form.format", Labels.of("meeting.format.", meeting.getFormat()));
            fields.put("meeting.form.trackLevel", Labels.of("trackLevel.", meeting.getTrackLevel()));
            fields.put("meeting.form.attributionRule", Labels.of("attribution.", meeting.getAttributionRule()));
            fields.put("meeting.form.status", Labels.of("meeting.status.", meeting.getStatus()));
            fields.put("meeting.form.summary.en", meeting.getSummary().en());
            fields.put("meeting.form.summary.ru", meeting.getSummary().ru());
            return fields;
        }
    };

    static final HistoryService.Describer<AgendaItem> AGENDA_ITEM = new HistoryService.Describer<>() {
        @Override
        public Object id(AgendaItem item) {
            return item.getId();
        }

        @Override
        public String subjectLabel() {
            return "history.subject.agendaItem";
        }

        @Override
        public String subject(AgendaItem item) {
            return item.getTitle().in(readersLanguage());
        }

        @Override
        public Map<String, Object> fields(AgendaItem item) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("agenda.form.position", item.getPosition() + 1);
            fields.put("agenda.form.title.en", item.getTitle().en());
            fields.put("agenda.form.title.ru", item.getTitle().ru());
            fields.put("agenda.form.description.en", item.getDescription().en());
            fields.put("agenda.form.description.ru", item.getDescription().ru());
            fields.put("agenda.form.topics", item.getTopics().stream().map(Topic::getSlug).toList());
            return fields;
        }
    };

    /** The titles in the reader's language, as the page around them (or in the other one, where it has none). */
    private static String readersLanguage() {
        return LocaleContextHolder.getLocale().getLanguage();
    }
}
