package org.dialoguetracker.statement;

import java.util.LinkedHashMap;
import java.util.Map;

import org.dialoguetracker.shared.Labels;
import org.dialoguetracker.shared.history.HistoryService;
import org.dialoguetracker.topic.Topic;

/** How a statement reads in a History tab. */
final class StatementHistory {

    private StatementHistory() {
    }

    static final HistoryService.Describer<Statement> DESCRIBER = new HistoryService.Describer<>() {
        @Override
        public Object id(Statement statement) {
            return statement.getId();
        }

        @Override
        public String subjectLabel() {
            return "history.subject.statement";
        }

        @Override
        public String subject(Statement statement) {
            String text = statement.getText().in("en");
            return text.length() > 80 ? text.substring(0, 77) + "…" : text;
        }

        @Override
        public Map<String, Object> fields(Statement statement) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("statement.form.agendaItem", statement.getAgendaItem() == null ? null
                    : statement.getAgendaItem().getTitle().in("en"));
            fields.put("statement.form.kind", Labels.of("statement.kind.", statement.getKind()));
            fields.put("statement.form.side", Labels.of("statement.side.", statement.getSide()));
            fields.put("statement.form.attribution", Labels.of("attribution.", statement.getAttribution()));
            fields.put("statement.form.speaker", statement.getSpeaker() == null ? null
                    : statement.getSpeaker().getNameLatin());
            fields.put("statement.form.text.en", statement.getText().en());
            fields.put("statement.form.text.ru", statement.getText().ru());
            fields.put("statement.form.topics", statement.getTopics().stream().map(Topic::getSlug).toList());
            return fields;
        }
    };
}
