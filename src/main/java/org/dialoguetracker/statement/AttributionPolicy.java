package org.dialoguetracker.statement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dialoguetracker.participant.Participant;
import org.dialoguetracker.shared.AttributionRule;
import org.dialoguetracker.shared.Bilingual;
import org.dialoguetracker.shared.Viewer;
import org.dialoguetracker.topic.TopicRef;

/**
 * The Chatham House rule, applied on the server: a statement reaches a researcher with no more attribution
 * than both the statement and its meeting allow. Organisers and admins get what was recorded.
 */
final class AttributionPolicy {

    private AttributionPolicy() {
    }

    static StatementView view(Statement statement, Viewer viewer) {
        Participant speaker = statement.getSpeaker();
        return decide(statement.getId(), statement.getMeeting().getId(), statement.getMeeting().getTitle(),
                statement.getAgendaItem() == null ? null : statement.getAgendaItem().getId(), statement.getKind(),
                statement.getText(),
                statement.getTopics().stream().map(TopicRef::of).sorted(Comparator.comparing(TopicRef::slug)).toList(),
                statement.getAttribution(), statement.getMeeting().getAttributionRule(), statement.getSide(),
                speaker == null ? null : speaker.getName(),
                speaker == null || speaker.getInstitution() == null ? null : speaker.getInstitution().getLabel(),
                viewer);
    }

    /**
     * The same as {@link #view(Statement, Viewer)} for statements read as rows ({@link StatementRow}, one per topic),
     * in the order of their first rows.
     */
    static List<StatementView> viewRows(List<StatementRow> rows, Viewer viewer) {
        Map<Long, List<StatementRow>> byStatement = new LinkedHashMap<>();
        for (StatementRow row : rows) {
            byStatement.computeIfAbsent(row.id(), id -> new ArrayList<>(2)).add(row);
        }
        List<StatementView> views = new ArrayList<>(byStatement.size());
        for (List<StatementRow> statementRows : byStatement.values()) {
            views.add(viewStatement(statementRows, viewer));
        }
        return views;
    }

    /** One statement's rows (one per topic, at least one) as this reader may see the statement. */
    static StatementView viewStatement(List<StatementRow> statementRows, Viewer viewer) {
        StatementRow row = statementRows.get(0);
        List<TopicRef> topics = statementRows.stream()
                .filter(topic -> topic.topicSlug() != null)
                .map(topic -> new TopicRef(topic.topicSlug(),
                        new Bilingual(topic.topicNameEn(), topic.topicNameRu())))
                .sorted(Comparator.comparing(TopicRef::slug))
                .toList();
        return decide(row.id(), row.meetingId(), new Bilingual(row.meetingTitleEn(), row.meetingTitleRu()),
                row.agendaItemId(), row.kind(), new Bilingual(row.textEn(), row.textRu()), topics, row.attribution(),
                row.meetingRule(), row.side(), row.speakerName(), row.institutionLabel(), viewer);
    }

    /**
     * The rule itself, whichever way the statement was read: the attribution shown is the statement's, limited by its
     * meeting's; the side goes only with an attribution other than NONE, the speaker and the institution only with
     * NAMED, unless the reader sees everything.
     */
    private static StatementView decide(Long id, Long meetingId, Bilingual meetingTitle, Long agendaItemId,
            StatementKind kind, Bilingual text, List<TopicRef> topics, AttributionRule recorded,
            AttributionRule meetingRule, StatementSide side, Bilingual speaker, Bilingual institution, Viewer viewer) {
        AttributionRule allowed = recorded.limitedTo(meetingRule);
        boolean all = viewer.seesEverything();
        boolean named = all || allowed == AttributionRule.NAMED;
        return new StatementView(id, meetingId, meetingTitle, agendaItemId, kind, text, topics, allowed,
                all || allowed != AttributionRule.NONE ? side : null,
                named ? speaker : null,
                named ? institution : null,
                all);
    }

    static List<StatementView> view(List<Statement> statements, Viewer viewer) {
        return statements.stream().map(statement -> view(statement, viewer)).toList();
    }
}
