package org.dialoguetracker.analysis;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 16, must-show 1: the positions page on rounds held under each attribution rule. A researcher finds no
 * statement whose side the rule withholds in a side's column, and under each round one count of them that equals
 * the count by hand in SQL; an organiser finds every statement in its recorded side's column; the page speaks Russian.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PositionsPageTest {

    static final RequestPostProcessor RESEARCHER = user("researcher").roles("RESEARCHER");

    static final RequestPostProcessor ORGANISER = user("organiser").roles("ORGANISER");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    AnalysisFixtures fixtures;

    long topic;

    long subtopic;

    long none;

    long side;

    long named;

    /** What each statement was recorded as, by its text: kind and side. */
    final Map<String, String[]> recorded = new LinkedHashMap<>();

    @BeforeAll
    void recordThreeRounds() {
        fixtures = new AnalysisFixtures(jdbc, "positionspage");
        topic = fixtures.topic("main", null);
        subtopic = fixtures.topic("sub", topic);
        long elsewhere = fixtures.topic("elsewhere", null);
        none = fixtures.meeting("NONE", LocalDate.of(2014, 3, 10));
        side = fixtures.meeting("SIDE", LocalDate.of(2015, 3, 10));
        named = fixtures.meeting("NAMED", LocalDate.of(2016, 3, 10));

        say(none, "POSITION", "UK", "NONE", topic);
        say(none, "POSITION", "RUSSIA", "NONE", subtopic);
        say(none, "PROPOSAL", "RUSSIA", "NONE", topic);
        say(none, "QUOTE", "UK", "NONE", topic);
        say(none, "AGREEMENT", "BOTH", "NONE", topic);
        say(none, "DISAGREEMENT", "UK", "NONE", topic);

        say(side, "POSITION", "UK", "SIDE", topic);
        say(side, "QUOTE", "RUSSIA", "SIDE", subtopic);
        say(side, "POSITION", "RUSSIA", "NONE", topic);
        say(side, "DISAGREEMENT", "RUSSIA", "SIDE", topic);
        say(side, "PROPOSAL", "BOTH", "SIDE", topic);

        say(named, "POSITION", "UK", "NAMED", topic);
        say(named, "PROPOSAL", "RUSSIA", "SIDE", topic);
        say(named, "POSITION", "UK", "NONE", topic);
        say(named, "AGREEMENT", "UK", "NAMED", topic);
        // not on the topic: never on its page
        fixtures.statement(named, "POSITION", "UK", "NAMED", false, elsewhere);
        fixtures.recommendation(side, "REALISTIC", "PROPOSED", "CONSENSUS", topic);
        fixtures.recommendation(side, "POSSIBLE", "PROPOSED", "UK_SIDE", subtopic);
    }

    private void say(long meeting, String kind, String side, String attribution, long on) {
        recorded.put(fixtures.statement(meeting, kind, side, attribution, recorded.size() % 3 == 0, on),
                new String[] { kind, side, attribution });
    }

    @AfterAll
    void removeThem() {
        fixtures.removeAll();
    }

    @Test
    void a_researcher_finds_no_withheld_statement_in_a_column_and_one_count_of_them_per_round() throws Exception {
        String page = page("", RESEARCHER);
        List<String> rounds = rounds(page);
        assertThat(rounds).hasSize(3);
        for (long meeting : new long[] { none, side, named }) {
            String round = round(page, meeting);
            String columns = cell(round, "side-uk") + cell(round, "side-russia");
            // the withheld ones, counted by hand: the statement's attribution capped by its meeting's rule is NONE
            List<String> withheld = jdbc.queryForList("""
                    select s.text_en from statement s join meeting m on m.id = s.meeting_id
                     where s.meeting_id = ? and least(attribution_rank(s.attribution), attribution_rank(m.attribution_rule)) = 0
                       and exists (select 1 from statement_topic st where st.statement_id = s.id and st.topic_id in (?, ?))""",
                    String.class, meeting, topic, subtopic);
            long withheldSided = withheld.stream().filter(text -> !recorded.get(text)[0].equals("AGREEMENT")
                    && !recorded.get(text)[0].equals("DISAGREEMENT")).count();
            for (String text : withheld) {
                assertThat(columns).as("a column of round %s", meeting).doesNotContain(text);
                if (!recorded.get(text)[0].endsWith("AGREEMENT")) {
                    assertThat(page).as("a withheld %s", recorded.get(text)[0]).doesNotContain(text);
                }
            }
            if (withheldSided == 0) {
                assertThat(round).doesNotContain("withheld-count");
            }
            else {
                assertThat(withheldCounts(round)).containsExactly(withheldSided + (withheldSided == 1
                        ? " statement under the no-attribution rule" : " statements under the no-attribution rule"));
            }
        }
        assertThat(withheldCounts(round(page, none))).containsExactly("4 statements under the no-attribution rule");
        assertThat(withheldCounts(round(page, side))).containsExactly("1 statement under the no-attribution rule");
        // the statements whose side the researcher may see are in its column; agreements and disagreements without
        // a side span the two, and nothing says whose they were
        for (Map.Entry<String, String[]> statement : recorded.entrySet()) {
            String[] what = statement.getValue();
            long meeting = meetingOf(statement.getKey());
            boolean visible = !what[2].equals("NONE") && meeting != none;
            String round = round(page, meeting);
            if (what[0].equals("AGREEMENT") || what[1].equals("BOTH")
                    || !visible && what[0].equals("DISAGREEMENT")) {
                assertThat(cell(round, "round-across")).contains(statement.getKey());
            }
            else if (visible) {
                assertThat(cell(round, what[1].equals("UK") ? "side-uk" : "side-russia")).contains(statement.getKey());
            }
        }
        assertThat(page).as("a statement on another topic").doesNotContain("Said POSITION UK NAMED #16 ");
        // the one count is never split or linked: no link and no side in its line
        for (String round : rounds) {
            Matcher line = Pattern.compile("<tr class=\"round-withheld\">(.*?)</tr>", Pattern.DOTALL).matcher(round);
            while (line.find()) {
                assertThat(line.group(1)).doesNotContain("<a").doesNotContain("UK").doesNotContain("Russia")
                        .doesNotContain("data-");
            }
        }
    }

    @Test
    void an_organiser_finds_every_statement_in_its_recorded_sides_column() throws Exception {
        String page = page("", ORGANISER);
        assertThat(page).doesNotContain("withheld-count");
        for (Map.Entry<String, String[]> statement : recorded.entrySet()) {
            String[] what = statement.getValue();
            String round = round(page, meetingOf(statement.getKey()));
            String where = what[0].equals("AGREEMENT") || what[1].equals("BOTH") ? "round-across"
                    : what[1].equals("UK") ? "side-uk" : "side-russia";
            assertThat(cell(round, where)).as("%s", statement.getKey()).contains(statement.getKey());
        }
    }

    @Test
    void the_page_speaks_russian_with_the_fallback_marker() throws Exception {
        String page = page("?lang=ru", RESEARCHER);
        assertThat(page).contains("Позиции сторон рядом").contains("Великобритания").contains("Россия")
                .contains("4 высказывания по правилу неатрибуции").contains("1 высказывание по правилу неатрибуции")
                .contains("Сближение во времени").contains("Сказано ")
                .contains("lang-fallback").contains("Тема main");
        assertThat(page).doesNotContain("statements under the no-attribution rule");
    }

    @Test
    void the_filters_narrow_by_period_and_by_kind() throws Exception {
        String period = page("?from=2015&to=2015", RESEARCHER);
        assertThat(rounds(period)).hasSize(1);
        assertThat(period).contains("round-" + side + "\"").doesNotContain("round-" + none + "\"");

        String proposals = page("?kind=PROPOSAL", ORGANISER);
        assertThat(rounds(proposals)).hasSize(3);
        recorded.forEach((text, what) -> {
            if (what[0].equals("PROPOSAL")) {
                assertThat(proposals).contains(text);
            }
            else {
                assertThat(proposals).doesNotContain(text);
            }
        });
        // a period that ends before it begins is read the other way round, and the page says so
        assertThat(page("?from=2016&to=2015", RESEARCHER)).contains("read as 2015 to 2016");
    }

    @Test
    void the_convergence_chart_counts_agreements_disagreements_and_consensus() throws Exception {
        String page = page("", RESEARCHER);
        String chart = page.substring(page.indexOf("id=\"convergence\""));
        assertThat(chart).contains("1 agreement, 1 disagreement; 0 recommendations by consensus level")
                .contains("0 agreements, 1 disagreement; 2 recommendations by consensus level")
                .contains("1 agreement, 0 disagreements; 0 recommendations by consensus level");
    }

    @Test
    void an_unknown_topic_is_not_found_and_the_topic_page_links_here() throws Exception {
        mvc.perform(get("/topics/zz-no-such-topic/positions").with(RESEARCHER)).andExpect(status().isNotFound());
        mvc.perform(get("/topics/" + fixtures.slug("main") + "/positions?kind=NOTAKIND").with(RESEARCHER))
                .andExpect(status().isBadRequest());
        String topicPage = mvc.perform(get("/topics/" + fixtures.slug("main")).with(RESEARCHER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(topicPage).contains("href=\"/topics/" + fixtures.slug("main") + "/positions\"");
    }

    private long meetingOf(String text) {
        return jdbc.queryForObject("select meeting_id from statement where text_en = ?", Long.class, text);
    }

    private String page(String query, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(URI.create("/topics/" + fixtures.slug("main") + "/positions" + query)).with(who))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    static List<String> rounds(String page) {
        List<String> rounds = new ArrayList<>();
        Matcher round = Pattern.compile("<tbody class=\"round\".*?</tbody>", Pattern.DOTALL).matcher(page);
        while (round.find()) {
            rounds.add(round.group());
        }
        return rounds;
    }

    private static String round(String page, long meeting) {
        return rounds(page).stream().filter(round -> round.contains("id=\"round-" + meeting + "\"")).findFirst()
                .orElseThrow(() -> new AssertionError("no round " + meeting));
    }

    /** The content of a round's cell or row of this class: up to the next cell of the round, or its end. */
    private static String cell(String round, String cssClass) {
        int start = round.indexOf("class=\"" + cssClass + "\"");
        if (start < 0) {
            return "";
        }
        int next = round.length();
        for (String other : new String[] { "class=\"side-uk\"", "class=\"side-russia\"", "class=\"round-sides\"",
                "class=\"round-withheld\"", "class=\"round-more\"" }) {
            int at = round.indexOf(other, start + 1);
            if (at > start && at < next) {
                next = at;
            }
        }
        return round.substring(start, next);
    }

    private static List<String> withheldCounts(String round) {
        List<String> counts = new ArrayList<>();
        Matcher count = Pattern.compile("<span class=\"withheld-count\">([^<]*)</span>").matcher(round);
        while (count.find()) {
            counts.add(count.group(1));
        }
        return counts;
    }
}
