package org.dialoguetracker.analysis;

import java.time.LocalDate;

import org.dialoguetracker.support.CountsStatements;
import org.dialoguetracker.support.StatementCounter;
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
 * Issue 16, must-show 1: the positions page and the feasibility table cost the same few SQL statements for a topic
 * of one round and three statements as for one of fifteen rounds of thirty statements (ninety in the first), with recommendations: no
 * statement per round, statement or recommendation.
 */
@CountsStatements
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PositionsStatementCountTest {

    /**
     * The first view of a topic and filter: the pages' data version (the kept pages' key), the topic tree, the data
     * versions of what is kept, the rounds (all of them, kept by data version: the page and their number come from
     * there), the page's titles, their statements, the chart's counts (kept too).
     */
    static final long POSITIONS_BOUND = 7;

    /** A later view of the same rounds, with the data unchanged: the rounds and the chart's counts are kept. */
    static final long POSITIONS_KEPT_BOUND = POSITIONS_BOUND - 2;

    /**
     * The pages' data version (the kept pages' key), the table's data version, the table in one statement (kept by data version: each request here is the first of its
     * filter), the dialogues and the topic tree for the filter.
     */
    static final long FEASIBILITY_BOUND = 5;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StatementCounter counter;

    AnalysisFixtures fixtures;

    @BeforeAll
    void recordASmallAndALargeTopic() {
        fixtures = new AnalysisFixtures(jdbc, "positionscount");
        long small = fixtures.topic("small", null);
        long large = fixtures.topic("large", null);
        long sub = fixtures.topic("largesub", large);
        long meeting = fixtures.meeting("SIDE", LocalDate.of(2012, 1, 10));
        fixtures.statement(meeting, "POSITION", "UK", "SIDE", false, small);
        fixtures.statement(meeting, "AGREEMENT", "BOTH", "NONE", false, small);
        fixtures.statement(meeting, "POSITION", "RUSSIA", "NONE", false, small);
        String[] rules = { "NONE", "SIDE", "NAMED" };
        String[] kinds = { "POSITION", "PROPOSAL", "QUOTE", "AGREEMENT", "DISAGREEMENT" };
        for (int round = 0; round < 15; round++) {
            String rule = rules[round % 3];
            long id = fixtures.meeting(rule, LocalDate.of(2000 + round, 6, 1));
            // the first round is long: more statements than its parts show
            for (int i = 0; i < (round == 0 ? 90 : 30); i++) {
                fixtures.statement(id, kinds[i % kinds.length], i % 2 == 0 ? "UK" : "RUSSIA", rule, i % 4 == 0,
                        i % 3 == 0 ? sub : large);
            }
            for (String consensus : new String[] { "CONSENSUS", "MAJORITY", "UK_SIDE", "RUSSIAN_SIDE" }) {
                long recommendation = fixtures.recommendation(id, "REALISTIC", "ADOPTED", consensus, large);
                fixtures.statusChange(recommendation, "PROPOSED", "ADOPTED", LocalDate.of(2001 + round, 1, 1));
            }
        }
    }

    @AfterAll
    void removeThem() {
        fixtures.removeAll();
    }

    @Test
    void the_positions_page_costs_the_same_statements_for_a_large_topic_as_for_a_small_one() throws Exception {
        for (RequestPostProcessor who : new RequestPostProcessor[] { user("researcher").roles("RESEARCHER"),
                user("organiser").roles("ORGANISER") }) {
            long few = positions(fixtures.slug("small"), "", who, 1);
            long many = positions(fixtures.slug("large"), "", who, PositionsService.ROUNDS_PER_PAGE);
            long filtered = positions(fixtures.slug("large"), "?kind=POSITION&kind=AGREEMENT&from=2003&to=2012", who,
                    PositionsService.ROUNDS_PER_PAGE);
            // the rounds of this filter are kept from the first page; the chart of this page's rounds is not yet
            long lastPage = positions(fixtures.slug("large"), "?page=1", who, 5);
            // the first page again, at another address so that the page cache does not answer it
            long again = positions(fixtures.slug("large"), "?page=0", who, PositionsService.ROUNDS_PER_PAGE);
            assertThat(mvc.perform(get("/topics/" + fixtures.slug("large") + "/positions").with(who)).andReturn()
                    .getResponse().getContentAsString()).contains("more statements of this round, on the meeting");
            assertThat(many).isEqualTo(few).isEqualTo(filtered).isLessThanOrEqualTo(POSITIONS_BOUND);
            assertThat(lastPage).isLessThanOrEqualTo(POSITIONS_BOUND);
            assertThat(again).isLessThanOrEqualTo(POSITIONS_KEPT_BOUND);
        }
    }

    @Test
    void the_feasibility_table_costs_the_same_statements_whatever_it_counts() throws Exception {
        long all = feasibility("");
        long one = feasibility("?dialogue=" + fixtures.dialogue + "&topic=" + fixtures.slug("large") + "&from=2004");
        assertThat(all).isEqualTo(one).isLessThanOrEqualTo(FEASIBILITY_BOUND);
    }

    private long positions(String slug, String query, RequestPostProcessor who, int rounds) throws Exception {
        return counter.count("/topics/" + slug + "/positions" + query, () -> {
            String page = mvc.perform(get("/topics/" + slug + "/positions" + query).with(who))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(PositionsPageTest.rounds(page)).hasSize(rounds);
            assertThat(page.split("class=\"statement card", -1).length - 1)
                    .isLessThanOrEqualTo(rounds * 3 * PositionsService.PER_PART);
        });
    }

    private long feasibility(String query) throws Exception {
        return counter.count("/analysis/feasibility" + query, () -> mvc
                .perform(get("/analysis/feasibility" + query).with(user("researcher").roles("RESEARCHER")))
                .andExpect(status().isOk()));
    }
}
