package org.dialoguetracker.recommendation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dialoguetracker.meeting.Meeting;
import org.dialoguetracker.shared.Labels;
import org.dialoguetracker.shared.history.HistoryEntry;
import org.dialoguetracker.shared.history.HistoryService;
import org.dialoguetracker.statement.Statement;
import org.dialoguetracker.topic.Topic;
import org.hibernate.envers.query.AuditEntity;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The revisions of a recommendation itself; its History tab adds those of its follow-up actions. */
@Service
@Transactional(readOnly = true)
public class RecommendationHistory {

    private static final int STATEMENT_TEXT_LENGTH = 60;

    private final HistoryService history;

    RecommendationHistory(HistoryService history) {
        this.history = history;
    }

    public List<HistoryEntry> of(Long recommendationId) {
        return history.of(Recommendation.class, AuditEntity.id().eq(recommendationId), DESCRIBER);
    }

    static final HistoryService.Describer<Recommendation> DESCRIBER = new HistoryService.Describer<>() {
        @Override
        public Object id(Recommendation recommendation) {
            return recommendation.getId();
        }

        @Override
        public String subjectLabel() {
            return "history.subject.recommendation";
        }

        @Override
        public String subject(Recommendation recommendation) {
            return recommendation.getReference();
        }

        @Override
        public Map<String, Object> fields(Recommendation recommendation) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("recommendation.form.reference", recommendation.getReference());
            fields.put("recommendation.form.title.en", recommendation.getTitle().en());
            fields.put("recommendation.form.title.ru", recommendation.getTitle().ru());
            fields.put("recommendation.form.text.en", recommendation.getText().en());
            fields.put("recommendation.form.text.ru", recommendation.getText().ru());
            fields.put("recommendation.form.addressedTo", Labels.of("addressedTo.", recommendation.getAddressedTo()));
            fields.put("recommendation.form.feasibility", Labels.of("feasibility.", recommendation.getFeasibility()));
            fields.put("recommendation.form.consensus", Labels.of("consensus.", recommendation.getConsensus()));
            fields.put("recommendation.status",
                    Labels.of("recommendation.status.", recommendation.getStatus()));
            fields.put("recommendation.history.archived", Labels.of("recommendation.history.archived.",
                    recommendation.isArchived() ? Flag.YES : Flag.NO));
            fields.put("recommendation.form.topics", recommendation.getTopics().stream().map(Topic::getSlug).toList());
            fields.put("recommendation.form.meetings",
                    recommendation.getMeetings().stream().map(RecommendationHistory::meeting).toList());
            fields.put("recommendation.form.statements",
                    recommendation.getStatements().stream().map(RecommendationHistory::statement).toList());
            return fields;
        }
    };

    private enum Flag {
        YES, NO
    }

    private static String meeting(Meeting meeting) {
        LocalDate start = meeting.getStartDate();
        return meeting.getTitle().in("en") + (start == null ? "" : " (" + start + ")");
    }

    private static String statement(Statement statement) {
        String text = statement.getText().in("en");
        return "“" + (text.length() > STATEMENT_TEXT_LENGTH ? text.substring(0, STATEMENT_TEXT_LENGTH - 1) + "…" : text)
                + "”";
    }
}
