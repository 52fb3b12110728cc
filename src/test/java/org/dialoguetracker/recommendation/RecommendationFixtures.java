package org.dialoguetracker.recommendation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows of their own for the recommendation and follow-up tests, which share the database with every other test: a
 * dialogue with a meeting in 1999 (before anything of the demo data), recommendations with unique references. What
 * a test created is archived afterwards, so that lists elsewhere stay as the demo data makes them.
 */
public final class RecommendationFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final JdbcTemplate jdbc;

    private final List<Long> recommendations = new ArrayList<>();

    public RecommendationFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A name or code no other fixture has, upper-case letters and digits. */
    public static String unique(String stem) {
        return stem + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase(Locale.ROOT)
                + SEQUENCE.incrementAndGet();
    }

    public long dialogue() {
        return jdbc.queryForObject("""
                insert into dialogue (name_en, name_ru, track_level) values (?, ?, 'TRACK_2') returning id""",
                Long.class, "Fixture dialogue " + unique(""), "Тестовый диалог");
    }

    public long meeting(long dialogue, String title, LocalDate start) {
        return jdbc.queryForObject("""
                insert into meeting (dialogue_id, title_en, city_en, start_date, end_date, format, track_level,
                                     attribution_rule, status)
                values (?, ?, 'Fixtureville', ?, ?, 'IN_PERSON', 'TRACK_2', 'SIDE', 'HELD') returning id""",
                Long.class, dialogue, title, start, start.plusDays(1));
    }

    public long statement(long meeting, String text) {
        return jdbc.queryForObject("""
                insert into statement (meeting_id, kind, side, attribution, text_en)
                values (?, 'PROPOSAL', 'UK', 'SIDE', ?) returning id""", Long.class, meeting, text);
    }

    /** A recommendation of this meeting in this status, with a timeline that ends there. */
    public long recommendation(long meeting, String reference, String titleEn, String status) {
        long id = jdbc.queryForObject("""
                insert into recommendation (reference, title_en, addressed_to, feasibility, consensus, status)
                values (?, ?, 'OSCE', 'POSSIBLE', 'CONSENSUS', ?) returning id""", Long.class, reference, titleEn,
                status);
        recommendations.add(id);
        jdbc.update("insert into recommendation_meeting (recommendation_id, meeting_id) values (?, ?)", id, meeting);
        jdbc.update("""
                insert into recommendation_status_change (recommendation_id, from_status, to_status, changed_at, note)
                values (?, null, ?, now(), 'Fixture')""", id, status);
        return id;
    }

    public long followUp(long recommendation, String description, LocalDate due, String status) {
        return jdbc.queryForObject("""
                insert into follow_up_action (recommendation_id, description_en, due_date, status, completed_on)
                values (?, ?, ?, ?, ?) returning id""", Long.class, recommendation, description, due, status,
                "DONE".equals(status) ? due : null);
    }

    /** Remembers a recommendation the test created through the application, to archive it afterwards. */
    public long created(String reference) {
        long id = jdbc.queryForObject("select id from recommendation where reference = ?", Long.class, reference);
        recommendations.add(id);
        return id;
    }

    public void archiveAll() {
        for (Long id : recommendations) {
            jdbc.update("update recommendation set archived = true where id = ?", id);
        }
        recommendations.clear();
    }

    public long version(long recommendation) {
        return jdbc.queryForObject("select version from recommendation where id = ?", Long.class, recommendation);
    }

    public int count(String sql, Object... arguments) {
        return jdbc.queryForObject(sql, Integer.class, arguments);
    }
}
