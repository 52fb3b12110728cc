package org.dialoguetracker.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows of their own for the API tests, in a dialogue of their own, removed again by {@link #removeAll()}: the
 * database is shared with every other test class.
 */
final class ApiFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final JdbcTemplate jdbc;

    private final List<Long> recommendations = new ArrayList<>();

    private final List<Long> meetings = new ArrayList<>();

    private final List<Long> participants = new ArrayList<>();

    private final List<Long> institutions = new ArrayList<>();

    private final List<Long> topics = new ArrayList<>();

    private final List<Long> users = new ArrayList<>();

    private final List<Long> tokens = new ArrayList<>();

    private Long dialogue;

    ApiFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Lower-case letters and digits no other fixture has. */
    static String unique() {
        return Long.toString(System.nanoTime() % 1_000_000_000L, 36) + "q" + SEQUENCE.incrementAndGet();
    }

    long meeting(String title, String rule, LocalDate start) {
        long id = jdbc.queryForObject("""
                insert into meeting (dialogue_id, title_en, city_en, city_ru, start_date, end_date, format,
                                     track_level, attribution_rule, status)
                values (?, ?, 'Apiville', 'Апивиль', ?, ?, 'HYBRID', 'TRACK_1_5', ?, 'REPORT_PUBLISHED') returning id""",
                Long.class, dialogue(), title, start, start.plusDays(1), rule);
        meetings.add(id);
        return id;
    }

    long institution(String name) {
        long id = jdbc.queryForObject("""
                insert into institution (name_en, country, kind) values (?, 'GB', 'THINK_TANK') returning id""",
                Long.class, name);
        institutions.add(id);
        return id;
    }

    long participant(String nameLatin, String nameCyrillic, long institution, String side) {
        long id = jdbc.queryForObject("""
                insert into participant (name_latin, name_cyrillic, institution_id, side, capacity)
                values (?, ?, ?, ?, 'EXPERT') returning id""", Long.class, nameLatin, nameCyrillic, institution, side);
        participants.add(id);
        return id;
    }

    void attended(long meeting, long participant) {
        jdbc.update("""
                insert into attendance (meeting_id, participant_id, status, role) values (?, ?, 'ATTENDED', 'SPEAKER')""",
                meeting, participant);
    }

    long statement(long meeting, String attribution, String side, Long speaker, String text) {
        return jdbc.queryForObject("""
                insert into statement (meeting_id, kind, side, attribution, speaker_id, text_en)
                values (?, 'POSITION', ?, ?, ?, ?) returning id""", Long.class, meeting, side, attribution, speaker,
                text);
    }

    /** A topic, under {@code parent} (null for a top-level one). */
    long topic(String slug, Long parent) {
        long id = jdbc.queryForObject("""
                insert into topic (slug, name_en, name_ru, parent_id, position) values (?, ?, ?, ?, 9999) returning id""",
                Long.class, slug, "Api fixture topic " + slug, "Тестовая тема " + slug, parent);
        topics.add(id);
        return id;
    }

    /** A live recommendation of this meeting, in this status, with an English text. */
    long recommendation(long meeting, String reference, String status, String textEn) {
        long id = jdbc.queryForObject("""
                insert into recommendation (reference, title_en, title_ru, text_en, addressed_to, feasibility,
                                            consensus, status)
                values (?, ?, 'Тестовая рекомендация', ?, 'OSCE', 'REALISTIC', 'CONSENSUS', ?) returning id""",
                Long.class, reference, "Api fixture " + reference, textEn, status);
        recommendations.add(id);
        jdbc.update("insert into recommendation_meeting (recommendation_id, meeting_id) values (?, ?)", id, meeting);
        jdbc.update("""
                insert into recommendation_status_change (recommendation_id, from_status, to_status, changed_at, note)
                values (?, null, ?, now(), 'Api fixture')""", id, status);
        return id;
    }

    void tag(long recommendation, long topic) {
        jdbc.update("insert into recommendation_topic (recommendation_id, topic_id) values (?, ?)", recommendation,
                topic);
    }

    void alsoFrom(long recommendation, long meeting) {
        jdbc.update("insert into recommendation_meeting (recommendation_id, meeting_id) values (?, ?)", recommendation,
                meeting);
    }

    void restsOn(long recommendation, long statement) {
        jdbc.update("insert into recommendation_statement (recommendation_id, statement_id) values (?, ?)",
                recommendation, statement);
    }

    void followUpOwnedBy(long recommendation, long participant, String description) {
        jdbc.update("""
                insert into follow_up_action (recommendation_id, description_en, owner_participant_id, due_date, status)
                values (?, ?, ?, date '2999-01-01', 'OPEN')""", recommendation, description, participant);
    }

    /** An account of this role, with a password nobody can type. */
    long user(String username, String role) {
        long id = jdbc.queryForObject("""
                insert into app_user (username, password_hash, display_name, role)
                values (?, '{noop}never-used', ?, ?) returning id""", Long.class, username,
                "Api fixture " + username, role);
        users.add(id);
        return id;
    }

    /** A token of this user with this secret, as the profile page would have made it. */
    long token(long user, String secret) {
        return jdbc.queryForObject("""
                insert into api_token (user_id, name, token_hash, prefix) values (?, 'Api fixture', ?, ?) returning id""",
                Long.class, user, ApiTokens.hash(secret), secret.substring(0, ApiTokens.PREFIX_LENGTH));
    }

    /** A token of a demo account with this secret (deleted by {@link #removeAll()}). */
    long token(String username, String secret) {
        long user = jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
        long id = token(user, secret);
        tokens.add(id);
        return id;
    }

    /** A secret of the form the profile page gives, unique to this call. */
    static String secret() {
        return (ApiTokens.SECRET_START + "fixture" + unique() + "x".repeat(40)).substring(0, 49)
                .toLowerCase(Locale.ROOT);
    }

    void removeAll() {
        tokens.forEach(id -> jdbc.update("delete from api_token where id = ?", id));
        recommendations.forEach(id -> jdbc.update("delete from recommendation where id = ?", id));
        meetings.forEach(id -> jdbc.update("delete from meeting where id = ?", id));
        for (Long participant : participants) {
            jdbc.update("delete from follow_up_action where owner_participant_id = ?", participant);
            jdbc.update("delete from participant where id = ?", participant);
        }
        institutions.forEach(id -> jdbc.update("delete from institution where id = ?", id));
        for (int i = topics.size() - 1; i >= 0; i--) {
            jdbc.update("delete from topic where id = ?", topics.get(i));
        }
        users.forEach(id -> jdbc.update("delete from app_user where id = ?", id));
        if (dialogue != null) {
            jdbc.update("delete from dialogue where id = ?", dialogue);
        }
        List.of(tokens, recommendations, meetings, participants, institutions, topics, users).forEach(List::clear);
        dialogue = null;
    }

    private long dialogue() {
        if (dialogue == null) {
            dialogue = jdbc.queryForObject("""
                    insert into dialogue (name_en, name_ru, track_level) values (?, 'Тестовый диалог', 'TRACK_1_5')
                    returning id""", Long.class, "Api fixture dialogue " + unique());
        }
        return dialogue;
    }
}
