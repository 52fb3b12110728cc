package org.dialoguetracker.analysis;

import java.time.LocalDate;
import java.util.regex.Matcher;
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
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 16, must-show 2: every cell of the feasibility table equals a count written by hand in SQL, on a dialogue of
 * the test's own, with the topic and period filters; the median is the one worked out by hand; each cell leads to the
 * list of {@code /recommendations} with as many recommendations.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeasibilityPageTest {

    static final RequestPostProcessor RESEARCHER = user("researcher").roles("RESEARCHER");

    static final String[] FEASIBILITIES = { "REALISTIC", "POSSIBLE", "UNLIKELY" };

    static final String[] STATUSES = { "PROPOSED", "UNDER_CONSIDERATION", "ADOPTED", "IN_PROGRESS", "IMPLEMENTED",
            "STALLED", "REJECTED", "OVERTAKEN_BY_EVENTS" };

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    AnalysisFixtures fixtures;

    long topic;

    long subtopic;

    @BeforeAll
    void recordTwoRounds() {
        fixtures = new AnalysisFixtures(jdbc, "feasibilitypage");
        topic = fixtures.topic("main", null);
        subtopic = fixtures.topic("sub", topic);
        long other = fixtures.topic("other", null);
        LocalDate first = LocalDate.of(2014, 3, 10);
        LocalDate second = LocalDate.of(2016, 9, 1);
        long early = fixtures.meeting("SIDE", first);
        long late = fixtures.meeting("NONE", second);
        // realistic: taken up 3 of 4; adopted after 10, 30 and 50 days (the third adopted twice: the first counts)
        adopted(fixtures.recommendation(early, "REALISTIC", "IMPLEMENTED", "CONSENSUS", topic), first.plusDays(10));
        adopted(fixtures.recommendation(early, "REALISTIC", "IN_PROGRESS", "MAJORITY", subtopic), first.plusDays(30));
        long twice = fixtures.recommendation(late, "REALISTIC", "IN_PROGRESS", "CONSENSUS", other);
        adopted(twice, second.plusDays(50));
        fixtures.statusChange(twice, "ADOPTED", "STALLED", second.plusDays(60));
        fixtures.statusChange(twice, "STALLED", "UNDER_CONSIDERATION", second.plusDays(70));
        fixtures.statusChange(twice, "UNDER_CONSIDERATION", "ADOPTED", second.plusDays(80));
        fixtures.recommendation(late, "REALISTIC", "PROPOSED", "UK_SIDE", topic);
        // possible: 1 of 3 taken up, adopted after 100 and 201 days: the median is 150.5
        adopted(fixtures.recommendation(early, "POSSIBLE", "IMPLEMENTED", "CONSENSUS", topic), first.plusDays(100));
        adopted(fixtures.recommendation(late, "POSSIBLE", "REJECTED", "RUSSIAN_SIDE", topic), second.plusDays(201));
        fixtures.recommendation(late, "POSSIBLE", "STALLED", "CONSENSUS", other);
        // unlikely: none taken up, none adopted
        fixtures.recommendation(early, "UNLIKELY", "PROPOSED", "MAJORITY", topic);
        fixtures.recommendation(late, "UNLIKELY", "OVERTAKEN_BY_EVENTS", "MAJORITY", other);
        // a recommendation of both rounds counts once, in either year; an archived one not at all
        long both = fixtures.recommendation(early, "UNLIKELY", "UNDER_CONSIDERATION", "CONSENSUS", subtopic);
        fixtures.link(both, late);
        long archived = fixtures.recommendation(early, "REALISTIC", "IMPLEMENTED", "CONSENSUS", topic);
        jdbc.update("update recommendation set archived = true where id = ?", archived);
    }

    /**
     * Adopted on this day, but recorded a year later, backdated: the median counts the day it took effect, so the
     * medians below would be a year longer if it counted the day it was recorded.
     */
    private void adopted(long recommendation, LocalDate on) {
        fixtures.statusChange(recommendation, "UNDER_CONSIDERATION", "ADOPTED", on, on.plusYears(1));
    }

    @AfterAll
    void removeThem() {
        fixtures.removeAll();
    }

    @Test
    void every_cell_equals_a_count_by_hand_in_sql() throws Exception {
        String[] queries = { "", "&topic=" + fixtures.slug("main"), "&from=2016", "&to=2015",
                "&topic=" + fixtures.slug("sub") + "&from=2014&to=2014" };
        String[] conditions = {
            "true",
            "exists (select 1 from recommendation_topic rt where rt.recommendation_id = r.id and rt.topic_id in (%d, %d))"
                    .formatted(topic, subtopic),
            "exists (select 1 from recommendation_meeting rm join meeting m on m.id = rm.meeting_id"
                    + " where rm.recommendation_id = r.id and m.start_date >= date '2016-01-01')",
            "exists (select 1 from recommendation_meeting rm join meeting m on m.id = rm.meeting_id"
                    + " where rm.recommendation_id = r.id and m.start_date < date '2016-01-01')",
            ("exists (select 1 from recommendation_topic rt where rt.recommendation_id = r.id and rt.topic_id = %d)"
                    + " and exists (select 1 from recommendation_meeting rm join meeting m on m.id = rm.meeting_id"
                    + " where rm.recommendation_id = r.id and extract(year from m.start_date) = 2014)").formatted(subtopic) };
        for (int q = 0; q < queries.length; q++) {
            String page = page("?dialogue=" + fixtures.dialogue + queries[q]);
            long cells = 0;
            for (String feasibility : FEASIBILITIES) {
                for (String status : STATUSES) {
                    long expected = jdbc.queryForObject("""
                            select count(*) from recommendation r
                             where not r.archived and r.feasibility = ? and r.status = ?
                               and exists (select 1 from recommendation_meeting rm join meeting m on m.id = rm.meeting_id
                                            where rm.recommendation_id = r.id and m.dialogue_id = ?)
                            """ + " and " + conditions[q], Long.class, feasibility, status, fixtures.dialogue);
                    assertThat(cell(page, status, feasibility)).as("%s %s %s", queries[q], feasibility, status)
                            .isEqualTo(expected);
                    cells += expected;
                }
            }
            assertThat(cells).as("the fixtures count somewhere in %s", queries[q]).isPositive();
        }
    }

    @Test
    void the_shares_the_medians_and_the_answer_are_those_worked_out_by_hand() throws Exception {
        String page = page("?dialogue=" + fixtures.dialogue);
        assertThat(row(page, "feasibility-shares", "REALISTIC")).contains("75%").contains("3 recommendations");
        assertThat(row(page, "feasibility-shares", "POSSIBLE")).contains("33%").contains("1 recommendation");
        assertThat(row(page, "feasibility-shares", "UNLIKELY")).contains("0%");
        assertThat(row(page, "feasibility-medians", "REALISTIC")).contains("30 days").contains("over 3 adopted");
        assertThat(row(page, "feasibility-medians", "POSSIBLE")).contains("150.5 days").contains("over 2 adopted");
        assertThat(row(page, "feasibility-medians", "UNLIKELY")).contains("none adopted");
        // 3 of 4 realistic against 1 of the 6 others
        assertThat(HtmlUtils.htmlUnescape(page)).contains("Yes: 75% of the 4 recommendations called realistic are "
                + "implemented or in progress, against 17% of the 6 recommendations called possible or unlikely.");
        String russian = page("?dialogue=" + fixtures.dialogue + "&lang=ru");
        assertThat(HtmlUtils.htmlUnescape(russian)).contains("Реалистичность и итоги").contains("Да: выполнены")
                .contains("из 4 рекомендаций").contains("150,5 дня");
    }

    @Test
    void each_cell_leads_to_a_list_of_as_many_recommendations() throws Exception {
        String page = page("?dialogue=" + fixtures.dialogue + "&topic=" + fixtures.slug("main") + "&from=2014&to=2016");
        Matcher link = Pattern.compile("<a href=\"(/recommendations\\?[^\"]*)\"[^>]*data-feasibility=\"(\\w+)\"[^>]*>(\\d+)</a>")
                .matcher(page);
        int checked = 0;
        while (link.find()) {
            String href = HtmlUtils.htmlUnescape(link.group(1));
            assertThat(href).contains("dialogue=" + fixtures.dialogue).contains("topic=" + fixtures.slug("main"))
                    .contains("year=2014").contains("year=2015").contains("year=2016")
                    .contains("feasibility=" + link.group(2));
            String list = mvc.perform(get(href + "&size=100").with(RESEARCHER)).andExpect(status().isOk()).andReturn()
                    .getResponse().getContentAsString();
            long listed = Pattern.compile("href=\"/recommendations/\\d+\"").matcher(list).results().count();
            assertThat(listed).as(href).isEqualTo(Long.parseLong(link.group(3)));
            checked++;
        }
        assertThat(checked).isEqualTo(FEASIBILITIES.length * (STATUSES.length + 1));
    }

    @Test
    void the_recommendation_list_filters_by_dialogue() throws Exception {
        String list = mvc.perform(get("/recommendations?size=100&dialogue=" + fixtures.dialogue).with(RESEARCHER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Pattern.compile("href=\"/recommendations/\\d+\"").matcher(list).results().count()).isEqualTo(10);
        assertThat(list).contains("FEASIBILITYPAGE-").contains("Dialogue feasibilitypage");
        String demo = mvc.perform(get("/recommendations?size=100").with(RESEARCHER)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(demo).contains("FEASIBILITYPAGE-");
    }

    private String page(String query) throws Exception {
        return mvc.perform(get("/analysis/feasibility" + query).with(RESEARCHER)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    /** The number in the cell of this status and feasibility. */
    private static long cell(String page, String status, String feasibility) {
        int row = page.indexOf("data-status=\"" + status + "\"");
        assertThat(row).as("the row of %s", status).isPositive();
        String rest = page.substring(row, page.indexOf("</tr>", row));
        Matcher cell = Pattern.compile("data-feasibility=\"" + feasibility + "\"[^>]*>([\\d,]+)</a>").matcher(rest);
        assertThat(cell.find()).as("the cell of %s, %s", feasibility, status).isTrue();
        return Long.parseLong(cell.group(1).replace(",", ""));
    }

    private static String row(String page, String rowClass, String feasibility) {
        int row = page.indexOf("class=\"" + rowClass + "\"");
        String rest = page.substring(row, page.indexOf("</tr>", row));
        int cell = rest.indexOf("data-feasibility=\"" + feasibility + "\"");
        int end = rest.indexOf("</td>", cell);
        return HtmlUtils.htmlUnescape(rest.substring(cell, end));
    }
}
