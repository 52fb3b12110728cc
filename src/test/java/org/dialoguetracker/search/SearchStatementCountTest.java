package org.dialoguetracker.search;

import java.time.LocalDate;
import java.util.List;

import org.dialoguetracker.support.CountsStatements;
import org.dialoguetracker.support.StatementCounter;
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
 * The search page costs the same number of SQL statements for 3 hits as for 60 (a full page of them), each hit with
 * its own speaker, institution, session and topics: no N+1 over what a hit shows; and the same whether what the query
 * found is kept already or not. The search itself is native queries through Hibernate, so its statistics count them
 * with the rest. (Same configuration as {@code StatementCountTest}, so both share one application context.)
 */
@CountsStatements
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchStatementCountTest {

    /**
     * What one search page may cost: the pages' data version (the kept pages' key), the topic tree, the meetings to
     * choose from (kept by the pages' data version, so read again only on the first view after a change: then with
     * their count, once there are more than a page of them: {@link #FIRST_VIEW}), the version of the statements, the
     * ranked hits with their total and snippets (or only the snippets, once what the query found is kept), the
     * statements with what they show, and the documents that match (one statement, issue 15).
     */
    static final long BOUND = 6;

    /** The first view after a change also loads the meetings to choose from, and counts them. */
    static final long FIRST_VIEW = BOUND + 2;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StatementCounter statements;

    long many;

    @BeforeAll
    void fewAndManyHits() {
        SearchFixtures fixtures = new SearchFixtures(jdbc, "Search count fixture dialogue");
        long few = fixtures.meeting("Search count fixture: few hits", "NAMED", LocalDate.of(2007, 10, 3));
        many = fixtures.meeting("Search count fixture: many hits", "NAMED", LocalDate.of(2007, 11, 3));
        hits(fixtures, few, 3, "hollyhock");
        hits(fixtures, many, 60, "wintergreen");
    }

    /** Statements with the word, each with its own speaker and institution, spread over sessions and topics. */
    private void hits(SearchFixtures fixtures, long meeting, int count, String word) {
        List<Long> sessions = List.of(fixtures.agendaItem(meeting, 0, "Search count session A " + word),
                fixtures.agendaItem(meeting, 1, "Search count session B " + word));
        List<String> topics = List.of("risk-reduction", "arms-control", "incident-prevention", "cyber-security");
        for (int i = 0; i < count; i++) {
            long institution = fixtures.institution("Search Count Institute " + word + " " + i);
            long speaker = fixtures.speaker("Search Count Speaker " + word + " " + i, null, institution,
                    i % 2 == 0 ? "UK" : "RUSSIA");
            long statement = fixtures.statement(meeting, i % 3 == 0 ? "SIDE" : "NAMED", i % 2 == 0 ? "UK" : "RUSSIA",
                    speaker, "Point " + i + " on the " + word + " proposal for a standing channel.",
                    "Тезис " + i + " о предложении " + word + ".");
            fixtures.placeInSession(statement, sessions.get(i % 2));
            fixtures.tag(statement, topics.get(i % topics.size()));
            fixtures.tag(statement, topics.get((i + 1) % topics.size()));
        }
    }

    @Test
    void the_search_page_costs_the_same_for_3_hits_as_for_60() throws Exception {
        for (RequestPostProcessor who : List.of(user("researcher").roles("RESEARCHER"),
                user("organiser").roles("ORGANISER"))) {
            assertThat(statementsFor("/search?q=hollyhock", who)).as("first view").isLessThanOrEqualTo(FIRST_VIEW);
            long few = statementsFor("/search?q=hollyhock", who);
            long manyHits = statementsFor("/search?q=wintergreen", who);
            assertThat(manyHits).as("3 hits: %s statements, a page of 60: %s", few, manyHits).isEqualTo(few);
            assertThat(manyHits).isBetween(1L, BOUND);
            assertThat(statementsFor("/search?q=wintergreen&page=1&topic=risk-reduction&side=UK&meeting=" + many, who))
                    .as("narrowed, on a later page").isEqualTo(few);
            assertThat(statementsFor("/search?q=wintergreen", who)).as("asked again: what it found is kept")
                    .isEqualTo(few);
        }
    }

    private long statementsFor(String url, RequestPostProcessor who) throws Exception {
        return statements.count(url, () -> {
            String page = mvc.perform(get(url).with(who)).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString();
            assertThat(page).contains("search-hit");
        });
    }
}
