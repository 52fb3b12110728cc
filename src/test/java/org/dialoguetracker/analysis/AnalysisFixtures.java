package org.dialoguetracker.analysis;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Data of their own for the analysis pages' tests, written with SQL and committed (the pages are rendered in their
 * own transactions), then deleted by {@link #removeAll()}: a dialogue, a topic with a subtopic, meetings under each
 * attribution rule, statements, recommendations with their status history. Every name carries the test's tag.
 */
public final class AnalysisFixtures {

    public final JdbcTemplate jdbc;

    public final String tag;

    public final long dialogue;

    public final long ukSpeaker;

    public final long russianSpeaker;

    private final List<Long> meetings = new ArrayList<>();

    private final List<Long> topics = new ArrayList<>();

    private final List<Long> recommendations = new ArrayList<>();

    private int references;

    /** @param tag lower-case letters, unique to the test class */
    public AnalysisFixtures(JdbcTemplate jdbc, String tag) {
        this.jdbc = jdbc;
        this.tag = tag;
        dialogue = insert("insert into dialogue (name_en, name_ru, track_level) values (?, 'Диалог', 'TRACK_2') returning id",
                "Dialogue " + tag);
        ukSpeaker = insert("""
                insert into participant (name_latin, name_cyrillic, side, capacity) values (?, 'Британец', 'UK', 'EXPERT')
                returning id""", "Ukspeaker " + tag);
        russianSpeaker = insert("""
                insert into participant (name_latin, name_cyrillic, side, capacity) values (?, 'Россиянин', 'RUSSIA', 'EXPERT')
                returning id""", "Ruspeaker " + tag);
    }

    /** A topic at the top of the tree or under {@code parent}, its slug {@code zz-<tag>-<name>}. */
    public long topic(String name, Long parent) {
        long id = insert("insert into topic (slug, name_en, name_ru, parent_id) values (?, ?, ?, ?) returning id",
                slug(name), "Topic " + name + " " + tag, "Тема " + name, parent);
        topics.add(id);
        return id;
    }

    public String slug(String name) {
        return "zz-" + tag + "-" + name;
    }

    /** A held meeting of the fixtures' dialogue under this rule, starting on this day. */
    public long meeting(String rule, LocalDate start) {
        long id = insert("""
                insert into meeting (dialogue_id, title_en, title_ru, city_en, city_ru, start_date, end_date, format,
                                     track_level, attribution_rule, status)
                values (?, ?, ?, 'Reykjavik', 'Рейкьявик', ?, ?, 'IN_PERSON', 'TRACK_2', ?, 'HELD') returning id""",
                dialogue, "Round " + rule + " " + tag, "Раунд " + rule, start, start.plusDays(1), rule);
        meetings.add(id);
        return id;
    }

    /**
     * A statement on these topics; its English text is returned, unique on the page; it has a Russian text too
     * unless {@code englishOnly}. A NAMED statement is said by the speaker of its side.
     */
    public String statement(long meeting, String kind, String side, String attribution, boolean englishOnly, long... on) {
        String text = "Said " + kind + " " + side + " " + attribution + " #" + (++references) + " " + tag;
        Long speaker = !attribution.equals("NAMED") ? null : side.equals("RUSSIA") ? russianSpeaker : ukSpeaker;
        long id = insert("""
                insert into statement (meeting_id, position, kind, side, attribution, speaker_id, text_en, text_ru)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""",
                meeting, references, kind, side, attribution, speaker, text, englishOnly ? null : "Сказано " + references);
        for (long topic : on) {
            jdbc.update("insert into statement_topic (statement_id, topic_id) values (?, ?)", id, topic);
        }
        return text;
    }

    /** A live recommendation of this meeting on these topics, in this status, with the history that led there. */
    public long recommendation(long meeting, String feasibility, String status, String consensus, long... on) {
        String reference = tag.toUpperCase() + "-" + (++references);
        long id = insert("""
                insert into recommendation (reference, title_en, title_ru, addressed_to, feasibility, consensus, status)
                values (?, ?, 'Рекомендация', 'OSCE', ?, ?, ?) returning id""",
                reference, "Recommendation " + reference, feasibility, consensus, status);
        recommendations.add(id);
        jdbc.update("insert into recommendation_meeting (recommendation_id, meeting_id) values (?, ?)", id, meeting);
        for (long topic : on) {
            jdbc.update("insert into recommendation_topic (recommendation_id, topic_id) values (?, ?)", id, topic);
        }
        return id;
    }

    /** A step of a recommendation's status history, at noon UTC of this day. */
    public void statusChange(long recommendation, String from, String to, LocalDate on) {
        jdbc.update("""
                insert into recommendation_status_change (recommendation_id, from_status, to_status, changed_at)
                values (?, ?, ?, ?)""", recommendation, from, to, OffsetDateTime.of(on.atTime(12, 0), ZoneOffset.UTC));
    }

    /** A step that took effect on one day and was recorded, at noon UTC, on a later one (backdated). */
    public void statusChange(long recommendation, String from, String to, LocalDate effectiveOn, LocalDate recordedOn) {
        jdbc.update("""
                insert into recommendation_status_change
                       (recommendation_id, from_status, to_status, changed_at, effective_on)
                values (?, ?, ?, ?, ?)""", recommendation, from, to,
                OffsetDateTime.of(recordedOn.atTime(12, 0), ZoneOffset.UTC), effectiveOn);
    }

    public void link(long recommendation, long meeting) {
        jdbc.update("insert into recommendation_meeting (recommendation_id, meeting_id) values (?, ?)", recommendation,
                meeting);
    }

    public void removeAll() {
        recommendations.forEach(id -> jdbc.update("delete from recommendation where id = ?", id));
        meetings.forEach(id -> jdbc.update("delete from meeting where id = ?", id));
        jdbc.update("delete from participant where id in (?, ?)", ukSpeaker, russianSpeaker);
        for (int i = topics.size() - 1; i >= 0; i--) {
            jdbc.update("delete from topic where id = ?", topics.get(i));
        }
        jdbc.update("delete from dialogue where id = ?", dialogue);
    }

    private long insert(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }
}
