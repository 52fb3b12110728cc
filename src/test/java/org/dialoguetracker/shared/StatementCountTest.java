package org.dialoguetracker.shared;

import org.dialoguetracker.support.CountsStatements;
import org.dialoguetracker.support.StatementCounter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The read pages fetch what they show in a fixed number of SQL statements, however many rows they show:
 * no N+1 over statements, topics, meetings or follow-ups.
 */
@CountsStatements
class StatementCountTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StatementCounter statements;

    @ParameterizedTest
    @CsvSource({
            // the kept pages (dashboard, meeting, topic, recommendations) count the pages' data version too
            "/, 11",
            "/meetings, 3",
            "/meetings/{meeting}, 9",
            "/topics, 3",
            "/topics/risk-reduction, 9",
            "/recommendations, 7",
            "/recommendations?topic=mil-to-mil, 7",
            "/recommendations/{recommendation}, 9" })
    void a_page_issues_a_bounded_number_of_statements(String path, int bound) throws Exception {
        String url = path
                .replace("{meeting}", jdbc.queryForObject("select id from meeting where city_en = 'London'", String.class))
                .replace("{recommendation}", jdbc.queryForObject(
                        "select r.id from recommendation r order by (select count(*) from recommendation_statement s"
                                + " where s.recommendation_id = r.id) desc limit 1", String.class));
        long count = statements.count(url,
                () -> mvc.perform(get(url).with(user("organiser").roles("ORGANISER"))).andExpect(status().isOk()));
        assertThat(count).as("SQL statements for %s", url).isBetween(1L, (long) bound);
    }
}
