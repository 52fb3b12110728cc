package org.dialoguetracker.statement;

import java.time.LocalDate;

import org.dialoguetracker.shared.AttributionRule;
import org.dialoguetracker.shared.Bilingual;

/**
 * One row of a statement as pages show it, read with a JPQL constructor expression instead of as entities: the
 * statement, its meeting's title and rule, its speaker and the speaker's institution, and one of its topics (a
 * statement with several topics comes as one row per topic, with none as one row of null topic). What a reader may
 * see of it is decided by {@link AttributionPolicy}, as for the entity.
 */
record StatementRow(
        Long id,
        Long meetingId,
        String meetingTitleEn,
        String meetingTitleRu,
        LocalDate meetingStartDate,
        Long agendaItemId,
        String agendaItemTitleEn,
        String agendaItemTitleRu,
        StatementKind kind,
        String textEn,
        String textRu,
        AttributionRule attribution,
        AttributionRule meetingRule,
        StatementSide side,
        Long speakerId,
        String speakerLatin,
        String speakerCyrillic,
        Long institutionId,
        String institutionNameEn,
        String institutionNameRu,
        String institutionShortNameEn,
        String institutionShortNameRu,
        String topicSlug,
        String topicNameEn,
        String topicNameRu) {

    /** The select and joins; a query adds its condition and order. */
    static final String SELECT = """
            select new org.dialoguetracker.statement.StatementRow(s.id, m.id, m.titleEn, m.titleRu, m.startDate, ai.id,
                   ai.titleEn, ai.titleRu, s.kind,
                   s.textEn, s.textRu, s.attribution, m.attributionRule, s.side, sp.id, sp.nameLatin,
                   sp.nameCyrillic, i.id, i.nameEn, i.nameRu, i.shortNameEn, i.shortNameRu, t.slug, t.nameEn, t.nameRu)
              from Statement s
              join s.meeting m
              left join s.agendaItem ai
              left join s.speaker sp
              left join sp.institution i
              left join s.topics t
            """;

    Bilingual agendaItemTitle() {
        return agendaItemId == null ? null : new Bilingual(agendaItemTitleEn, agendaItemTitleRu);
    }

    Bilingual speakerName() {
        return speakerId == null ? null : new Bilingual(speakerLatin, speakerCyrillic);
    }

    /** As {@code Institution.getLabel()}: the short name where there is one. */
    Bilingual institutionLabel() {
        if (institutionId == null) {
            return null;
        }
        Bilingual shortName = new Bilingual(institutionShortNameEn, institutionShortNameRu);
        return shortName.isEmpty() ? new Bilingual(institutionNameEn, institutionNameRu) : shortName;
    }
}
