package org.dialoguetracker.briefing;

import java.time.LocalDate;

import org.dialoguetracker.analysis.AnalysisFixtures;
import org.dialoguetracker.shared.Role;
import org.dialoguetracker.shared.Viewer;
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
 * The briefing costs the same few SQL statements before a round of a small dialogue as before one of a dialogue
 * with twelve earlier rounds, hundreds of statements on many topics, dozens of recommendations with their changes
 * and follow-ups: no statement per round, topic, recommendation or follow-up.
 */
@CountsStatements
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BriefingStatementCountTest {

    /**
     * The first view: the page cache's data version, the meeting and its agenda, the dialogue's earlier rounds (the
     * previous one among them), the data versions of what is kept, the status changes (their ids with their number,
     * then the rows), the follow-ups done and overdue (the same two each), the recommendations still open (their ids
     * with their number, then what lists show of them), the taxonomy, the topics' latest rounds, their titles and
     * their statements. Each list's number comes with its ids ({@code count(*) over ()}), so a long list costs no
     * statement more than a short one (it cost four more counts before).
     */
    static final long BOUND = 16;

    /**
     * A later view, with the data unchanged: which follow-ups and open recommendations there are and each topic's
     * latest round are kept by data version, so their four searches are not made again.
     */
    static final long KEPT_BOUND = BOUND - 4;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StatementCounter counter;

    @Autowired
    BriefingService briefings;

    BriefingTestData small;

    AnalysisFixtures large;

    long largeNext;

    @BeforeAll
    void aSmallAndALargeDialogue() {
        small = new BriefingTestData(new AnalysisFixtures(jdbc, "briefingcountsmall"));
        large = new AnalysisFixtures(jdbc, "briefingcountlarge");
        long[] topics = new long[6];
        for (int t = 0; t < topics.length; t++) {
            topics[t] = large.topic("t" + t, t % 2 == 1 ? topics[t - 1] : null);
        }
        String[] rules = { "NONE", "SIDE", "NAMED" };
        String[] kinds = { "POSITION", "PROPOSAL", "QUOTE", "AGREEMENT", "DISAGREEMENT" };
        for (int round = 0; round < 12; round++) {
            long meeting = large.meeting(rules[round % 3], LocalDate.of(2000 + round, 4, 1));
            for (int i = 0; i < 25; i++) {
                large.statement(meeting, kinds[i % kinds.length], i % 2 == 0 ? "UK" : "RUSSIA", rules[round % 3],
                        i % 4 == 0, topics[i % topics.length]);
            }
            for (int r = 0; r < 4; r++) {
                long recommendation = large.recommendation(meeting, "REALISTIC", r % 2 == 0 ? "ADOPTED" : "STALLED",
                        "CONSENSUS", topics[r]);
                large.statusChange(recommendation, "PROPOSED", "ADOPTED", LocalDate.of(2000 + round, 9, 1));
                jdbc.update("""
                        insert into follow_up_action (recommendation_id, description_en, due_date, status, completed_on)
                        values (?, 'Step', ?, ?, ?)""", recommendation, LocalDate.of(2000 + round, 12, 1),
                        r % 2 == 0 ? "DONE" : "OPEN", r % 2 == 0 ? LocalDate.of(2000 + round, 11, 1) : null);
            }
        }
        largeNext = large.meeting("SIDE", LocalDate.of(2012, 4, 1));
    }

    @AfterAll
    void removeThem() {
        small.fixtures.removeAll();
        large.removeAll();
    }

    @Test
    void the_briefing_costs_the_same_statements_for_a_large_dialogue_as_for_a_small_one() throws Exception {
        for (RequestPostProcessor who : new RequestPostProcessor[] { user("researcher").roles("RESEARCHER"),
                user("organiser").roles("ORGANISER") }) {
            long few = briefing(small.next, "", who);
            long many = briefing(largeNext, "", who);
            long first = briefing(small.first, "", who);
            assertThat(few).isLessThanOrEqualTo(BOUND);
            assertThat(many).isLessThanOrEqualTo(few);
            assertThat(first).isLessThanOrEqualTo(BOUND);
            // another address of the same briefing, so that the page cache does not answer it
            assertThat(briefing(largeNext, "?again", who)).isLessThanOrEqualTo(KEPT_BOUND);
        }
    }

    /**
     * The large dialogue's 48 open recommendations: the page shows the first 25 by reference and says how many there
     * are; the PDF's briefing holds them all.
     */
    @Test
    void the_page_shows_the_first_rows_of_a_long_list_and_how_many_there_are() throws Exception {
        String page = mvc.perform(get("/meetings/{id}/briefing", largeNext).with(user("researcher").roles("RESEARCHER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        int rows = page.split("class=\"open-recommendation\"", -1).length - 1;
        assertThat(rows).isEqualTo(BriefingService.PAGE_ROWS);
        assertThat(page).contains("The first 25 of 48, in the order above. The PDF lists them all.");
        Briefing whole = briefings.before(largeNext, new Viewer("researcher", Role.RESEARCHER));
        assertThat(whole.stillOpen().getContent()).hasSize(48);
        assertThat(whole.stillOpen().getContent().subList(0, 25).stream().map(r -> r.id()).toList())
                .isEqualTo(briefings.firstRowsBefore(largeNext, new Viewer("researcher", Role.RESEARCHER))
                        .stillOpen().getContent().stream().map(r -> r.id()).toList());
    }

    private long briefing(long meeting, String query, RequestPostProcessor who) throws Exception {
        return counter.count("/meetings/" + meeting + "/briefing" + query, () -> mvc
                .perform(get("/meetings/" + meeting + "/briefing" + query).with(who)).andExpect(status().isOk()));
    }
}
