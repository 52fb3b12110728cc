package org.dialoguetracker.participant;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rows of its own for each test (the database is shared with the other test classes), and reading pages as a
 * user reads them: text unescaped, a field's messages taken from the block next to that field.
 */
final class PeopleFixtures {

    private static final String TEST_DIALOGUE = "Zulu test dialogue of the people tests";

    private final JdbcTemplate jdbc;

    PeopleFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * A meeting of long ago in a dialogue of its own, so that the demo dialogue and the first page of meetings
     * and the dashboard stay as other test classes expect them.
     */
    long meeting() {
        return jdbc.queryForObject("""
                insert into meeting (dialogue_id, title_en, start_date, end_date, format, track_level, attribution_rule, status)
                values (?, ?, date '1991-03-04', date '1991-03-05', 'IN_PERSON', 'TRACK_2', 'SIDE', 'HELD')
                returning id""", Long.class, dialogue(), unique("People test meeting"));
    }

    /** One dialogue for the meetings of these tests, named to sort after the demo dialogue. */
    private long dialogue() {
        return jdbc.queryForList("select id from dialogue where name_en = ?", Long.class, TEST_DIALOGUE).stream()
                .findFirst()
                .orElseGet(() -> jdbc.queryForObject("""
                        insert into dialogue (name_en, track_level) values (?, 'TRACK_2') returning id""",
                        Long.class, TEST_DIALOGUE));
    }

    long participant(String nameLatin) {
        return jdbc.queryForObject("""
                insert into participant (name_latin, side, capacity) values (?, 'UK', 'EXPERT') returning id""",
                Long.class, nameLatin);
    }

    long participant(String nameLatin, String nameCyrillic) {
        return jdbc.queryForObject("""
                insert into participant (name_latin, name_cyrillic, side, capacity)
                values (?, ?, 'RUSSIA', 'EXPERT') returning id""", Long.class, nameLatin, nameCyrillic);
    }

    long invite(long meetingId, long participantId, String status) {
        return jdbc.queryForObject("""
                insert into attendance (meeting_id, participant_id, status, role)
                values (?, ?, ?, 'PARTICIPANT') returning id""", Long.class, meetingId, participantId, status);
    }

    long institution(String nameEn) {
        return jdbc.queryForObject("""
                insert into institution (name_en, country, kind) values (?, 'GB', 'THINK_TANK') returning id""",
                Long.class, nameEn);
    }

    long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    /** The page as its reader sees the text: HTML entities decoded. */
    static String page(MvcResult result) throws Exception {
        return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString());
    }

    /** The messages shown next to one field (its {@code <id>-errors} block), or fails if there are none. */
    static String fieldErrors(String page, String fieldId) {
        Matcher matcher = Pattern.compile("id=\"" + Pattern.quote(fieldId) + "-errors\">(.*?)</div>", Pattern.DOTALL)
                .matcher(page);
        assertThat(matcher.find()).as("messages next to the field %s", fieldId).isTrue();
        return matcher.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
    }
}
