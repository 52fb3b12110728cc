package org.dialoguetracker.statement;

import java.util.Comparator;
import java.util.List;

import org.dialoguetracker.participant.Participant;
import org.dialoguetracker.shared.AttributionRule;
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
        AttributionRule allowed = statement.getAttribution().limitedTo(statement.getMeeting().getAttributionRule());
        boolean all = viewer.seesEverything();
        Participant speaker = all || allowed == AttributionRule.NAMED ? statement.getSpeaker() : null;
        return new StatementView(
                statement.getId(),
                statement.getMeeting().getId(),
                statement.getMeeting().getTitle(),
                statement.getAgendaItem() == null ? null : statement.getAgendaItem().getId(),
                statement.getKind(),
                statement.getText(),
                statement.getTopics().stream().map(TopicRef::of).sorted(Comparator.comparing(TopicRef::slug)).toList(),
                allowed,
                all || allowed != AttributionRule.NONE ? statement.getSide() : null,
                speaker == null ? null : speaker.getName(),
                speaker == null || speaker.getInstitution() == null ? null : speaker.getInstitution().getLabel(),
                all);
    }

    static List<StatementView> view(List<Statement> statements, Viewer viewer) {
        return statements.stream().map(statement -> view(statement, viewer)).toList();
    }
}
