package org.dialoguetracker.meeting;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Long meetings of their own for the tests of the meeting page: sessions of many statements, statements outside any
 * session, many recommendations, one speaker on the UK side. Every text names its meeting's tag, session and place,
 * so a test can tell which statements a page shows. {@link #removeAll()} deletes what was made.
 */
final class LongMeetingFixtures {

    static final String SPEAKER_LATIN = "Bartholomew Quillfeather-Fixture";

    static final String SPEAKER_CYRILLIC = "Варфоломей Квиллфезер-Фикстура";

    static final String SPEAKER_INSTITUTE = "Quillfeather Institute of Long Meetings";

    private final JdbcTemplate jdbc;

    private final String tag;

    private final long speaker;

    private final long institution;

    private final List<Long> meetings = new ArrayList<>();

    private final List<Long> recommendations = new ArrayList<>();

    /** @param tag a word of letters, unique to the test class, that names its fixtures */
    LongMeetingFixtures(JdbcTemplate jdbc, String tag) {
        this.jdbc = jdbc;
        this.tag = tag;
        institution = insert("""
                insert into institution (name_en, name_ru, country, kind)
                values (?, 'Институт длинных встреч', 'GB', 'THINK_TANK') returning id""", SPEAKER_INSTITUTE + " " + tag);
        speaker = insert("""
                insert into participant (name_latin, name_cyrillic, institution_id, side, capacity, email)
                values (?, ?, ?, 'UK', 'EXPERT', ?) returning id""",
                SPEAKER_LATIN + " " + tag, SPEAKER_CYRILLIC + " " + tag, institution, tag.toLowerCase() + "@example.org");
    }

    /** A held meeting in Akureyri under this rule, with the speaker attending. */
    Meeting meeting(String rule) {
        long dialogue = jdbc.queryForObject("select min(id) from dialogue", Long.class);
        long id = insert("""
                insert into meeting (dialogue_id, title_en, title_ru, city_en, start_date, end_date, format, track_level,
                                     attribution_rule, status)
                values (?, ?, 'Длинная встреча', 'Akureyri', date '2013-05-14', date '2013-05-15', 'IN_PERSON',
                        'TRACK_2', ?, 'HELD')
                returning id""", dialogue, "Long meeting fixture " + tag + " " + (meetings.size() + 1), rule);
        meetings.add(id);
        jdbc.update("insert into attendance (meeting_id, participant_id, status, role) values (?, ?, 'ATTENDED', 'SPEAKER')",
                id, speaker);
        return new Meeting(id);
    }

    void removeAll() {
        recommendations.forEach(id -> jdbc.update("delete from recommendation where id = ?", id));
        meetings.forEach(id -> jdbc.update("delete from meeting where id = ?", id));
        jdbc.update("delete from participant where id = ?", speaker);
        jdbc.update("delete from institution where id = ?", institution);
    }

    private long insert(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    /** One fixture meeting; statements are numbered in the order they are recorded. */
    final class Meeting {

        final long id;

        private int position;

        private Meeting(long id) {
            this.id = id;
        }

        /** A session at the end of the agenda. */
        long session(String title) {
            return insert("""
                    insert into agenda_item (meeting_id, position, title_en, title_ru)
                    values (?, (select count(*) from agenda_item where meeting_id = ?), ?, 'Сессия') returning id""",
                    id, id, title);
        }

        /** {@code count} statements in this session (null: outside any session), all with this attribution. */
        void statements(Long session, int count, String attribution) {
            for (int i = 0; i < count; i++) {
                statement(session, attribution);
            }
        }

        /** The next statement, by the speaker on the UK side; its text is {@link #text(Long, int)}. */
        void statement(Long session, String attribution) {
            jdbc.update("""
                    insert into statement (meeting_id, agenda_item_id, position, kind, side, attribution, speaker_id, text_en)
                    values (?, ?, ?, 'POSITION', 'UK', ?, ?, ?)""",
                    id, session, position++, attribution, speaker, text(session, countIn(session) + 1));
        }

        /** The text of the n-th statement (from 1) of a session or of those outside any session, up to its number. */
        String text(Long session, int n) {
            return "Point " + n + " of " + (session == null ? "no session" : "session " + session) + " in " + tag + ".";
        }

        /** {@code count} live recommendations of this meeting, referenced {@code TAG-001}, {@code TAG-002}… */
        void recommendations(int count) {
            for (int i = 1; i <= count; i++) {
                long recommendation = insert("""
                        insert into recommendation (reference, title_en, title_ru, addressed_to, feasibility, consensus, status)
                        values (?, ?, 'Рекомендация', 'OSCE', 'POSSIBLE', 'CONSENSUS', 'PROPOSED') returning id""",
                        reference(i), "Fixture recommendation " + reference(i));
                recommendations.add(recommendation);
                jdbc.update("insert into recommendation_meeting (recommendation_id, meeting_id) values (?, ?)",
                        recommendation, id);
            }
        }

        String reference(int n) {
            return "%s-%d-%03d".formatted(tag.toUpperCase(), id, n);
        }

        private int countIn(Long session) {
            return jdbc.queryForObject("select count(*) from statement where meeting_id = ? and agenda_item_id is not distinct from ?",
                    Integer.class, id, session);
        }
    }
}
