package org.dialoguetracker.meeting;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The page of a long meeting shows the first five key points of each session and of those outside any session, with
 * how many there are and a link to all of them ({@code ?session=}), and the first twenty recommendations with a link
 * to the browse page filtered by the meeting. Researchers get no more attribution from either view than the rule
 * allows; the demo meetings, whose sessions are short, show everything as before.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeetingPageTest {

    static final String SPEAKER = LongMeetingFixtures.SPEAKER_LATIN;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    LongMeetingFixtures fixtures;

    LongMeetingFixtures.Meeting meeting;

    /** 12 key points, attributed NAMED, SIDE, NONE, NAMED, SIDE, NONE… */
    long longSession;

    /** 3 key points: never cut. */
    long shortSession;

    /** A session of another meeting, with 8 key points. */
    long foreignSession;

    @BeforeAll
    void recordALongMeeting() {
        fixtures = new LongMeetingFixtures(jdbc, "Pagedmeeting");
        meeting = fixtures.meeting("NAMED");
        longSession = meeting.session("A long session");
        shortSession = meeting.session("A short session");
        meeting.session("A session where nothing was said");
        List<String> rotation = List.of("NAMED", "SIDE", "NONE");
        for (int i = 0; i < 12; i++) {
            meeting.statement(longSession, rotation.get(i % 3));
            if (i % 4 == 0) {
                // the other parts are recorded in between: the order within each is the order of recording
                meeting.statement(null, "SIDE");
                meeting.statement(shortSession, "SIDE");
            }
        }
        meeting.statements(null, 4, "NONE");
        meeting.recommendations(23);

        LongMeetingFixtures.Meeting other = fixtures.meeting("SIDE");
        foreignSession = other.session("Another meeting's session");
        other.statements(foreignSession, 8, "SIDE");
    }

    @AfterAll
    void removeTheMeetings() {
        fixtures.removeAll();
    }

    @Test
    void a_long_session_shows_its_first_five_key_points_and_links_to_all_of_them() throws Exception {
        String page = page("", researcher());
        assertShown(page, longSession, 1, 5);
        assertHidden(page, longSession, 6, 12);
        assertShown(page, shortSession, 1, 3);
        assertShown(page, null, 1, 5);
        assertHidden(page, null, 6, 7);
        assertThat(page).contains("The first 5 of 12 key points.").contains("The first 5 of 7 key points.")
                .contains("<a href=\"/meetings/%d?session=%d#agenda-item-%d\">Show all 12 key points of this session</a>"
                        .formatted(meeting.id, longSession, longSession))
                .contains("<a href=\"/meetings/%d?session=other#other-key-points\">Show all 7 other key points</a>"
                        .formatted(meeting.id))
                .doesNotContain("Show fewer");
        assertThat(countOf(page, "class=\"key-points-more")).as("links to all: the long session and the others only")
                .isEqualTo(2);
    }

    @Test
    void show_all_opens_that_session_in_full_and_leaves_the_others_cut() throws Exception {
        String page = page("?session=" + longSession, researcher());
        assertShown(page, longSession, 1, 12);
        assertShown(page, shortSession, 1, 3);
        assertHidden(page, null, 6, 7);
        assertThat(page).doesNotContain("Show all 12 key points").contains("Show all 7 other key points")
                .contains("<a href=\"/meetings/%d#agenda-item-%d\">Show fewer key points</a>"
                        .formatted(meeting.id, longSession));
        assertThat(page.indexOf(meeting.text(longSession, 11))).as("in the order recorded")
                .isLessThan(page.indexOf(meeting.text(longSession, 12)));
    }

    @Test
    void show_all_of_the_key_points_outside_any_session() throws Exception {
        String page = page("?session=other", researcher());
        assertShown(page, null, 1, 7);
        assertHidden(page, longSession, 6, 12);
        assertThat(page).contains("Show all 12 key points of this session").doesNotContain("Show all 7 other")
                .contains("<a href=\"/meetings/%d#other-key-points\">Show fewer key points</a>".formatted(meeting.id));
    }

    @Test
    void a_session_of_another_meeting_or_a_value_that_names_none_shows_the_page_as_without_it() throws Exception {
        for (String value : List.of(String.valueOf(foreignSession), String.valueOf(shortSession), "0", "-1", "abc",
                "99999999999999999999", "other-1", "")) {
            String page = page("?session=" + value, researcher());
            assertShown(page, longSession, 1, 5);
            assertHidden(page, longSession, 6, 12);
            assertHidden(page, null, 6, 7);
            assertThat(page).as("session=%s", value).doesNotContain("Show fewer")
                    .doesNotContain("Point 1 of session " + foreignSession + " in");
            assertThat(countOf(page, "class=\"key-points-more")).as("session=%s", value).isEqualTo(2);
        }
    }

    @Test
    void an_unknown_meeting_is_the_404_page() throws Exception {
        mvc.perform(get("/meetings/987654").with(researcher())).andExpect(status().isNotFound());
    }

    @Test
    void researchers_get_only_the_attribution_the_rule_allows_in_the_cut_and_in_the_full_view() throws Exception {
        String cut = page("", researcher());
        String full = page("?session=" + longSession, researcher());
        for (String page : List.of(cut, full)) {
            assertNamed(card(page, meeting.text(longSession, 1)));
            assertSideOnly(card(page, meeting.text(longSession, 2)));
            assertUnattributed(card(page, meeting.text(longSession, 3)));
            assertSideOnly(card(page, meeting.text(shortSession, 1)));
            assertUnattributed(card(page, meeting.text(null, 5)));
            assertThat(page).doesNotContain("attendee-list").doesNotContain("pagedmeeting@example.org");
        }
        // beyond the cut, recorded under NONE and NAMED
        assertUnattributed(card(full, meeting.text(longSession, 9)));
        assertNamed(card(full, meeting.text(longSession, 10)));
        assertThat(countOf(cut, SPEAKER)).as("named on the NAMED statements shown only").isEqualTo(2);
        assertThat(countOf(full, SPEAKER)).isEqualTo(4);

        String organisers = page("?session=" + longSession, user("organiser").roles("ORGANISER"));
        assertThat(card(organisers, meeting.text(longSession, 9))).contains(SPEAKER).contains("A UK participant");
    }

    @Test
    void the_first_twenty_recommendations_by_reference_and_a_link_to_all_of_them() throws Exception {
        String page = page("", researcher());
        for (int i = 1; i <= 20; i++) {
            assertThat(page).contains(meeting.reference(i));
        }
        for (int i = 21; i <= 23; i++) {
            assertThat(page).doesNotContain(meeting.reference(i));
        }
        String link = "/recommendations?meeting=%d&sort=REFERENCE".formatted(meeting.id);
        assertThat(page).contains("The first 20 of 23, by reference.")
                .contains("<a href=\"" + link.replace("&", "&amp;") + "\">All 23 recommendations of this meeting</a>");

        String all = mvc.perform(get(URI.create(link + "&size=50")).with(researcher()).locale(Locale.ENGLISH))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(countOf(all, "class=\"recommendation-row\"")).isEqualTo(23);
        assertThat(all.indexOf(meeting.reference(1))).isLessThan(all.indexOf(meeting.reference(23)));
    }

    @Test
    void the_page_reads_in_russian_too() throws Exception {
        String page = page("?lang=ru", researcher());
        assertThat(page).contains("Показаны первые 5 ключевых тезисов из 12.")
                .contains("Показать все ключевые тезисы этой сессии (12)")
                .contains("Показать все прочие ключевые тезисы (7)")
                .contains("Все рекомендации этой встречи (23)");
        assertThat(page("?lang=ru&session=" + longSession, researcher())).contains(">Свернуть</a>");
    }

    @Test
    void the_demo_meetings_show_all_their_key_points_and_recommendations_as_before() throws Exception {
        List<Long> demo = jdbc.queryForList("select id from meeting where city_en in ('London', 'Moscow')", Long.class);
        assertThat(demo).isNotEmpty();
        for (long id : demo) {
            String page = mvc.perform(get("/meetings/" + id).with(researcher()).locale(Locale.ENGLISH))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            int statements = jdbc.queryForObject("select count(*) from statement where meeting_id = ?", Integer.class, id);
            int recommendations = jdbc.queryForObject("""
                    select count(*) from recommendation r join recommendation_meeting rm on rm.recommendation_id = r.id
                     where rm.meeting_id = ? and not r.archived""", Integer.class, id);
            assertThat(countOf(page, "class=\"statement card")).as("meeting %d", id).isEqualTo(statements);
            assertThat(countOf(page, "href=\"/recommendations/")).as("meeting %d", id).isEqualTo(recommendations);
            assertThat(page).doesNotContain("key-points-more").doesNotContain("recommendations-more");
        }
    }

    @Test
    void the_organisers_come_in_order_of_their_english_names_on_every_view() throws Exception {
        long id = jdbc.queryForObject("select min(id) from meeting where city_en = 'London'", Long.class);
        List<String> expected = jdbc.queryForList("""
                select coalesce(i.short_name_en, i.name_en) from meeting m
                  join dialogue_organiser o on o.dialogue_id = m.dialogue_id
                  join institution i on i.id = o.institution_id
                 where m.id = ? order by i.name_en, i.id""", String.class, id);
        assertThat(expected).hasSizeGreaterThan(1);
        for (int view = 0; view < 5; view++) {
            String page = mvc.perform(get("/meetings/" + id).with(researcher()).locale(Locale.ENGLISH))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            String organisers = page.substring(page.indexOf(">Organised by<"));
            organisers = organisers.substring(0, organisers.indexOf("</dd>"));
            int at = 0;
            for (String name : expected) {
                int found = organisers.indexOf(">" + name + "<", at);
                assertThat(found).as("%s after position %d in %s", name, at, organisers).isGreaterThan(at);
                at = found;
            }
        }
    }

    @Test
    void a_meeting_where_nothing_was_recorded_yet_says_so() throws Exception {
        LongMeetingFixtures.Meeting empty = fixtures.meeting("SIDE");
        for (String query : List.of("", "?session=other", "?session=" + longSession)) {
            String page = mvc.perform(get(URI.create("/meetings/" + empty.id + query)).with(researcher())
                    .locale(Locale.ENGLISH)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(page).contains("No agenda or key points recorded yet.").contains("No recommendations.")
                    .doesNotContain("class=\"statement card").doesNotContain("key-points-more");
        }
    }

    private String page(String query, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(URI.create("/meetings/" + meeting.id + query)).with(who).locale(Locale.ENGLISH))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private void assertShown(String page, Long session, int from, int to) {
        for (int n = from; n <= to; n++) {
            assertThat(page).contains(meeting.text(session, n));
        }
    }

    private void assertHidden(String page, Long session, int from, int to) {
        for (int n = from; n <= to; n++) {
            assertThat(page).doesNotContain(meeting.text(session, n));
        }
    }

    private static void assertNamed(String card) {
        assertThat(card).contains(SPEAKER).contains(LongMeetingFixtures.SPEAKER_INSTITUTE).contains("A UK participant");
    }

    private static void assertSideOnly(String card) {
        assertThat(card).contains("A UK participant").doesNotContain(SPEAKER)
                .doesNotContain(LongMeetingFixtures.SPEAKER_INSTITUTE);
    }

    private static void assertUnattributed(String card) {
        assertThat(card).contains("Unattributed").doesNotContain("A UK participant").doesNotContain(SPEAKER)
                .doesNotContain(LongMeetingFixtures.SPEAKER_INSTITUTE);
    }

    /** The statement card ({@code <article>}) that holds this text. */
    private static String card(String page, String text) {
        int at = page.indexOf(text);
        assertThat(at).as("statement '%s' on the page", text).isNotNegative();
        return page.substring(page.lastIndexOf("<article", at), page.indexOf("</article>", at));
    }

    private static int countOf(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private static RequestPostProcessor researcher() {
        return user("researcher").roles("RESEARCHER");
    }
}
