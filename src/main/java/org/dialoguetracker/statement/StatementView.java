package org.dialoguetracker.statement;

import java.util.List;

import org.dialoguetracker.shared.AttributionRule;
import org.dialoguetracker.shared.Bilingual;
import org.dialoguetracker.topic.TopicRef;

/**
 * A statement as one reader may see it. {@code side}, {@code speaker} and {@code speakerInstitution} are null
 * when withheld from this reader, so a page cannot show what it never received.
 *
 * @param publicAttribution how much attribution researchers get: the statement's own, capped by its meeting's rule
 * @param asRecorded whether this reader gets the statement as recorded (organisers and admins), and so also sees
 *        what researchers are shown and may edit it; asked once here rather than of Spring Security on every card
 */
public record StatementView(
        Long id,
        Long meetingId,
        Bilingual meetingTitle,
        Long agendaItemId,
        StatementKind kind,
        Bilingual text,
        List<TopicRef> topics,
        AttributionRule publicAttribution,
        StatementSide side,
        Bilingual speaker,
        Bilingual speakerInstitution,
        boolean asRecorded) {
}
