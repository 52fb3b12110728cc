package org.dialoguetracker.search;

import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows for the search tests, written straight to the tables: a dialogue of their own, meetings in cities no other
 * test uses, a speaker, statements. Each test class passes words of its own, so that its searches find its rows only.
 */
final class SearchFixtures {

    private final JdbcTemplate jdbc;

    private final long dialogue;

    SearchFixtures(JdbcTemplate jdbc, String name) {
        this.jdbc = jdbc;
        this.dialogue = id("insert into dialogue (name_en, track_level) values (?, 'TRACK_2') returning id", name);
    }

    long institution(String name) {
        return id("insert into institution (name_en, country, kind) values (?, 'GB', 'THINK_TANK') returning id", name);
    }

    long speaker(String latin, String cyrillic, long institution, String side) {
        return id("""
                insert into participant (name_latin, name_cyrillic, institution_id, side, capacity)
                values (?, ?, ?, ?, 'EXPERT') returning id""", latin, cyrillic, institution, side);
    }

    /**
     * A meeting in the distant past: the lists of the newest statements and meetings (topic pages, the dashboard)
     * that other tests read must not fill up with these.
     */
    long meeting(String title, String rule, LocalDate start) {
        if (!start.isBefore(LocalDate.of(2010, 1, 1))) {
            throw new IllegalArgumentException("search fixtures are dated before 2010, not " + start);
        }
        return id("""
                insert into meeting (dialogue_id, title_en, city_en, start_date, end_date, format, track_level,
                                     attribution_rule, status)
                values (?, ?, 'Tromsø', ?, ?, 'IN_PERSON', 'TRACK_2', ?, 'HELD') returning id""",
                dialogue, title, start, start.plusDays(1), rule);
    }

    long agendaItem(long meeting, int position, String title) {
        return id("insert into agenda_item (meeting_id, position, title_en) values (?, ?, ?) returning id",
                meeting, position, title);
    }

    long statement(long meeting, String attribution, String side, Long speaker, String en, String ru) {
        return id("""
                insert into statement (meeting_id, position, kind, side, attribution, speaker_id, text_en, text_ru)
                values (?, (select count(*) from statement where meeting_id = ?), 'POSITION', ?, ?, ?, ?, ?)
                returning id""", meeting, meeting, side, attribution, speaker, en, ru);
    }

    void tag(long statement, String topicSlug) {
        jdbc.update("insert into statement_topic (statement_id, topic_id) select ?, id from topic where slug = ?",
                statement, topicSlug);
    }

    void placeInSession(long statement, long agendaItem) {
        jdbc.update("update statement set agenda_item_id = ? where id = ?", agendaItem, statement);
    }

    private long id(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }
}
