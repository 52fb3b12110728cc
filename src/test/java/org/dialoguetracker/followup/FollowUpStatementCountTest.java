package org.dialoguetracker.followup;

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
 * The follow-up list and the organisers' forms fetch what they show in a fixed number of SQL statements, however many
 * rows, owners and choices they show. Same context as the system's StatementCountTest, so it is started once.
 */
@CountsStatements
class FollowUpStatementCountTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StatementCounter statements;

    @ParameterizedTest
    @CsvSource({
            "/follow-ups, 3",
            "/follow-ups?size=1, 3",
            "/follow-ups?overdue=true, 3",
            "/recommendations/{recommendation}/edit, 6",
            "/recommendations/{recommendation}/status, 5",
            "/recommendations/{recommendation}/follow-ups/new, 4",
            "/follow-ups/{followUp}/edit, 5",
            "/meetings/{meeting}/recommendations/new, 8" })
    void a_page_issues_a_bounded_number_of_statements(String path, int bound) throws Exception {
        String url = path
                .replace("{recommendation}", jdbc.queryForObject("""
                        select r.id from recommendation r order by (select count(*) from follow_up_action f
                         where f.recommendation_id = r.id) desc, r.id limit 1""", String.class))
                .replace("{followUp}", jdbc.queryForObject(
                        "select min(id) from follow_up_action where owner_participant_id is not null", String.class))
                .replace("{meeting}", jdbc.queryForObject("select id from meeting where city_en = 'London'", String.class));
        long count = statements.count(url,
                () -> mvc.perform(get(url).with(user("organiser").roles("ORGANISER"))).andExpect(status().isOk()));
        assertThat(count).as("SQL statements for %s", url).isBetween(1L, (long) bound);
    }
}
