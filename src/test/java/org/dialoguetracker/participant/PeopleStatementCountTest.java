package org.dialoguetracker.participant;

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
 * The people pages fetch what they show in a fixed number of SQL statements, however many participants,
 * institutions or invitations they list: no query per row. (Same configuration as the system package's
 * statement count test, so that both share one application context.)
 */
@CountsStatements
class PeopleStatementCountTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StatementCounter statements;

    @ParameterizedTest
    @CsvSource({
            "/participants, 2",
            "/participants?q=a&archived=true, 2",
            "/participants/{participant}, 2",
            "/participants/{participant}/edit, 2",
            "/institutions, 2",
            "/meetings/{meeting}/attendance, 5",
            "/meetings/{meeting}/attendance?q=a, 6" })
    void a_people_page_issues_a_bounded_number_of_statements(String path, int bound) throws Exception {
        String url = path
                .replace("{meeting}", jdbc.queryForObject("select id from meeting where city_en = 'London'", String.class))
                .replace("{participant}", jdbc.queryForObject(
                        "select id from participant where name_latin = 'Hannah Lockwood'", String.class));
        long count = statements.count(url,
                () -> mvc.perform(get(url).with(user("organiser").roles("ORGANISER"))).andExpect(status().isOk()));
        assertThat(count).as("SQL statements for %s", url).isBetween(1L, (long) bound);
    }
}
