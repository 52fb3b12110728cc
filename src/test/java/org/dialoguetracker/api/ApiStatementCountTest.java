package org.dialoguetracker.api;

import org.dialoguetracker.support.CountsStatements;
import org.dialoguetracker.support.StatementCounter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The API reads what it answers in a fixed number of SQL statements, however many rows it answers, as the pages do
 * (see {@code shared/StatementCountTest}, whose application context this shares); a token costs one more.
 * {@code /api/meetings} reads through JDBC, two statements by construction, which Hibernate does not count.
 */
@CountsStatements
class ApiStatementCountTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StatementCounter statements;

    ApiFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new ApiFixtures(jdbc);
    }

    @AfterEach
    void tearDown() {
        fixtures.removeAll();
    }

    @ParameterizedTest
    @CsvSource({
            "/api/recommendations?size=100, 1, 4",
            "/api/recommendations?size=100&q=engagement&topic=risk-reduction&status=ADOPTED&status=STALLED, 1, 4",
            "/api/recommendations/{recommendation}, 1, 8",
            "/api/topics, 1, 6",
            "/api/meetings?size=100, 0, 0" })
    void an_api_route_issues_a_bounded_number_of_statements(String path, int least, int bound) throws Exception {
        String url = path.replace("{recommendation}", jdbc.queryForObject(
                "select r.id from recommendation r order by (select count(*) from recommendation_statement s"
                        + " where s.recommendation_id = r.id) desc limit 1", String.class));
        long count = statements.count(url,
                () -> mvc.perform(get(url).with(user("researcher").roles("RESEARCHER"))).andExpect(status().isOk()));
        assertThat(count).as("SQL statements for %s", url).isBetween((long) least, (long) bound);
    }

    @Test
    void a_token_costs_one_statement_and_records_its_use_at_most_once_a_minute() throws Exception {
        String secret = ApiFixtures.secret();
        fixtures.token("researcher", secret);
        mvc.perform(get("/api/meetings").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret))
                .andExpect(status().isOk());
        long count = statements.count("/api/meetings with a token used before", () -> mvc.perform(
                get("/api/meetings").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret)).andExpect(status().isOk()));
        assertThat(count).as("the token's lookup, its last use recorded already").isEqualTo(1);
    }
}
