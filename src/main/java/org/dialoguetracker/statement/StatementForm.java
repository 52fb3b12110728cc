package org.dialoguetracker.statement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.constraints.Size;
import org.dialoguetracker.shared.AttributionRule;
import org.dialoguetracker.shared.EditForm;

import org.springframework.validation.Errors;

/**
 * A key point as the minute-taker records it. What it may be attributed to depends on its meeting, so that rule
 * is checked where the statement is saved ({@link StatementEditing#record}, {@link StatementEditing#update}), not
 * here.
 */
public record StatementForm(
        Long agendaItemId,
        StatementKind kind,
        StatementSide side,
        AttributionRule attribution,
        Long speakerId,
        List<Long> topicIds,
        @Size(max = MAX_TEXT, message = "{statement.form.text.tooLong}") String textEn,
        @Size(max = MAX_TEXT, message = "{statement.form.text.tooLong}") String textRu,
        Long version) implements EditForm<StatementForm> {

    public static final int MAX_TEXT = 10_000;

    /**
     * An empty form for the next point. The session, kind and side carry over from the last one, since the
     * discussion usually stays on them; the attribution starts at the most the meeting allows short of naming
     * the speaker, who must consent to each point on the record.
     */
    static StatementForm next(Long agendaItemId, StatementKind kind, StatementSide side, AttributionRule rule) {
        return new StatementForm(agendaItemId, kind == null ? StatementKind.POSITION : kind, side, null,
                null, List.of(), null, null, null).withAttribution(AttributionRule.SIDE.limitedTo(rule));
    }

    static StatementForm of(Statement statement) {
        return new StatementForm(
                statement.getAgendaItem() == null ? null : statement.getAgendaItem().getId(),
                statement.getKind(), statement.getSide(), statement.getAttribution(),
                statement.getSpeaker() == null ? null : statement.getSpeaker().getId(),
                statement.getTopics().stream().map(t -> t.getId()).sorted().toList(),
                statement.getText().en(), statement.getText().ru(), statement.getVersion());
    }

    @Override
    public StatementForm withVersion(Long newVersion) {
        return new StatementForm(agendaItemId, kind, side, attribution, speakerId, topicIds, textEn, textRu,
                newVersion);
    }

    private StatementForm withAttribution(AttributionRule newAttribution) {
        return new StatementForm(agendaItemId, kind, side, newAttribution, speakerId, topicIds, textEn, textRu,
                version);
    }

    /** The topics chosen, each once. */
    public List<Long> topicIds() {
        return topicIds == null ? List.of() : topicIds.stream().filter(Objects::nonNull).distinct().toList();
    }

    /**
     * The rules that need no database: required choices, some text, a speaker for what is on the record. Whether the
     * side is required depends on the meeting's rule ({@link StatementEditing}).
     */
    void validate(Errors errors) {
        if (kind == null) {
            errors.rejectValue("kind", "statement.form.kind.required");
        }
        if (attribution == null) {
            errors.rejectValue("attribution", "statement.form.attribution.required");
        }
        if (isBlank(textEn) && isBlank(textRu)) {
            errors.rejectValue("textEn", "statement.form.text.required");
        }
        if (attribution == AttributionRule.NAMED && speakerId == null) {
            errors.rejectValue("speakerId", "statement.form.speaker.requiredWhenNamed");
        }
    }

    @Override
    public Map<String, Object> fieldsByLabel() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("statement.form.agendaItem", agendaItemId);
        fields.put("statement.form.kind", kind);
        fields.put("statement.form.side", side);
        fields.put("statement.form.attribution", attribution);
        fields.put("statement.form.speaker", speakerId);
        fields.put("statement.form.text.en", textEn);
        fields.put("statement.form.text.ru", textRu);
        fields.put("statement.form.topics", topicIds());
        return fields;
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
