package org.dialoguetracker.report;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.dialoguetracker.shared.Bilingual;
import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The report's text generated from the demo records, within the attribution rule of each meeting. */
@IntegrationTest
class ReportGeneratorTest {

    @Autowired
    ReportGenerator generator;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_london_meeting_reads_as_researchers_read_it_in_both_languages() {
        Long london = jdbc.queryForObject("select id from meeting where city_en = 'London'", Long.class);
        Map<SectionKind, Bilingual> texts = generator.generate(london, KeyPointGrouping.BY_SESSION);

        assertThat(texts.get(SectionKind.FOREWORD).isEmpty()).isTrue();
        assertThat(texts.get(SectionKind.TITLE).en()).startsWith("## UK–Russia Security Dialogue: London meeting\n\n")
                .contains("Organised by RUSI and RIAC.").contains("London").contains("Conference report");
        assertThat(texts.get(SectionKind.TITLE).ru()).contains("Организаторы: RUSI и РСМД.")
                .contains("Доклад о встрече").contains("Лондон");
        // SIDE: the sides as researchers see them, never a speaker
        assertThat(texts.get(SectionKind.KEY_POINTS).en()).contains("- A UK participant: A UK participant said of")
                .contains("- Both sides: Risk reduction and confidence building");
        assertThat(texts.get(SectionKind.KEY_POINTS).ru()).contains("- Британский участник: Британский участник подчеркнул")
                .doesNotContain("[en]");
        String summaryEn = jdbc.queryForObject("select summary_en from meeting where id = ?", String.class, london);
        assertThat(texts.get(SectionKind.SUMMARY).en()).isEqualTo(summaryEn.strip());
        List<String> references = jdbc.queryForList("""
                select r.reference from recommendation r join recommendation_meeting m on m.recommendation_id = r.id
                 where m.meeting_id = ? and not r.archived order by r.reference""", String.class, london);
        assertThat(references).isNotEmpty();
        references.forEach(reference -> assertThat(texts.get(SectionKind.RECOMMENDATIONS).en()).contains("## " + reference + ". "));
        assertThat(texts.get(SectionKind.RECOMMENDATIONS).en()).containsPattern("Feasibility: (Realistic|Possible|Unlikely)\\.");
        assertThat(texts.get(SectionKind.RECOMMENDATIONS).ru()).containsPattern("Реализуемость: \\S+");
        for (Bilingual text : texts.values()) {
            assertThat(String.valueOf(text.en()) + text.ru()).doesNotContain("??").doesNotContain("report.");
        }
    }

    @Test
    void by_session_follows_the_agenda_and_by_topic_the_taxonomy() {
        Long london = jdbc.queryForObject("select id from meeting where city_en = 'London'", Long.class);
        List<String> agenda = jdbc.queryForList("select title_en from agenda_item where meeting_id = ? order by position",
                String.class, london);
        String bySession = generator.generate(london, KeyPointGrouping.BY_SESSION).get(SectionKind.KEY_POINTS).en();
        String byTopic = generator.generate(london, KeyPointGrouping.BY_TOPIC).get(SectionKind.KEY_POINTS).en();
        assertThat(headings(bySession)).containsExactlyElementsOf(agenda);
        assertThat(headings(byTopic)).isNotEmpty().isNotEqualTo(headings(bySession));
        // the same key points, grouped differently
        assertThat(bullets(byTopic)).containsExactlyInAnyOrderElementsOf(bullets(bySession));
    }

    @Test
    void a_meeting_under_rule_NONE_names_no_speaker_side_or_institution_in_its_key_points() {
        Long dialogue = jdbc.queryForObject("select min(id) from dialogue", Long.class);
        Long meeting = jdbc.queryForObject("""
                insert into meeting (dialogue_id, title_en, title_ru, city_en, start_date, end_date, format, track_level,
                                     attribution_rule, status)
                values (?, 'Generator test: closed round', 'Закрытый раунд', 'Oslo', date '2020-02-10', date '2020-02-10',
                        'IN_PERSON', 'TRACK_2', 'NONE', 'HELD') returning id""", Long.class, dialogue);
        Long institution = jdbc.queryForObject("""
                insert into institution (name_en, name_ru, short_name_en, short_name_ru, country, kind)
                values ('Generatorfixture Institute', 'Институт Генераторов', 'GFI', 'ИГ', 'GB', 'THINK_TANK')
                returning id""", Long.class);
        Long participant = jdbc.queryForObject("""
                insert into participant (name_latin, name_cyrillic, side, capacity, institution_id)
                values ('Hermione Generatorfixture', 'Гермиона Генераторова', 'UK', 'EXPERT', ?) returning id""",
                Long.class, institution);
        jdbc.update("insert into attendance (meeting_id, participant_id, status, role) values (?, ?, 'ATTENDED', 'SPEAKER')",
                meeting, participant);
        jdbc.update("""
                insert into statement (meeting_id, kind, side, attribution, speaker_id, text_en, text_ru)
                values (?, 'POSITION', 'UK', 'NONE', ?, 'Confidence building needs rules.', null)""", meeting, participant);

        Bilingual keyPoints = generator.generate(meeting, KeyPointGrouping.BY_SESSION).get(SectionKind.KEY_POINTS);
        assertThat(keyPoints.en()).isEqualTo("- Confidence building needs rules.");
        // the Russian text is missing: the English stands in, marked
        assertThat(keyPoints.ru()).isEqualTo("- [en]Confidence building needs rules.[/en]");
        for (String text : List.of(keyPoints.en(), keyPoints.ru())) {
            assertThat(text).doesNotContain("Hermione").doesNotContain("Гермиона").doesNotContain("Generatorfixture")
                    .doesNotContain("GFI").doesNotContain("ИГ").doesNotContain("UK participant")
                    .doesNotContain("Британский");
        }
        assertThat(generator.generate(meeting, KeyPointGrouping.BY_TOPIC).get(SectionKind.KEY_POINTS))
                .isEqualTo(keyPoints);
    }

    @Test
    void under_rule_NAMED_a_speaker_is_named_with_the_institution() {
        Long dialogue = jdbc.queryForObject("select min(id) from dialogue", Long.class);
        Long meeting = jdbc.queryForObject("""
                insert into meeting (dialogue_id, title_en, start_date, end_date, format, track_level, attribution_rule, status)
                values (?, 'Generator test: on the record', date '2020-03-10', date '2020-03-10', 'ONLINE', 'TRACK_2',
                        'NAMED', 'HELD') returning id""", Long.class, dialogue);
        Long participant = jdbc.queryForObject("""
                insert into participant (name_latin, name_cyrillic, side, capacity, institution_id)
                values ('Rupert Onrecord', 'Руперт Подзапись', 'UK', 'EXPERT',
                        (select id from institution where short_name_en = 'RUSI')) returning id""", Long.class);
        jdbc.update("insert into attendance (meeting_id, participant_id, status, role) values (?, ?, 'ATTENDED', 'SPEAKER')",
                meeting, participant);
        jdbc.update("""
                insert into statement (meeting_id, kind, side, attribution, speaker_id, text_en, text_ru)
                values (?, 'POSITION', 'UK', 'NAMED', ?, 'We said it openly.', 'Мы сказали это открыто.')""",
                meeting, participant);
        Map<SectionKind, Bilingual> texts = generator.generate(meeting, KeyPointGrouping.BY_SESSION);
        assertThat(texts.get(SectionKind.KEY_POINTS).en()).isEqualTo("- Rupert Onrecord (RUSI): We said it openly.");
        assertThat(texts.get(SectionKind.KEY_POINTS).ru()).isEqualTo("- Руперт Подзапись (RUSI): Мы сказали это открыто.");
        assertThat(texts.get(SectionKind.INSTITUTIONS).en()).contains("- Royal United Services Institute (RUSI)")
                .contains("- Rupert Onrecord");
        // no title in Russian: the English stands in, marked
        assertThat(texts.get(SectionKind.TITLE).ru()).startsWith("## [en]Generator test: on the record[/en]");
        assertThat(texts.get(SectionKind.RECOMMENDATIONS).ru()).isEqualTo("Встреча не выработала рекомендаций.");
    }

    private static List<String> headings(String text) {
        return Arrays.stream(text.split("\n")).filter(line -> line.startsWith("## ")).map(line -> line.substring(3))
                .toList();
    }

    private static List<String> bullets(String text) {
        return Arrays.stream(text.split("\n")).filter(line -> line.startsWith("- ")).toList();
    }
}
