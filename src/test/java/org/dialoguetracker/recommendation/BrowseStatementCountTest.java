package org.dialoguetracker.recommendation;

import java.net.URI;

import org.dialoguetracker.support.CountsStatements;
import org.dialoguetracker.support.StatementCounter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 4, must-show 3: the browse page and its search issue the same small number of SQL statements for a
 * handful of results as for a full page of a hundred, facets included, so no N+1 can creep in. The statements
 * are counted by Hibernate, through which the search's native queries run too.
 */
@CountsStatements
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowseStatementCountTest {

    /** The pages' data version (the kept pages' key), the page, the facets, the summaries with their topics and meetings, the topic tree, the meeting labels. */
    static final long BOUND = 7;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StatementCounter statements;

    GeneratedRecommendations data;

    @BeforeAll
    void generate() {
        data = new GeneratedRecommendations(jdbc, 4L).create(250);
    }

    @Test
    void browsing_costs_the_same_statements_for_few_and_for_many_results() throws Exception {
        String root = data.slugs.get(0);
        long few = statements("/recommendations?size=100&topic=" + root + "&status=IMPLEMENTED&feasibility=UNLIKELY", 1, 30);
        long many = statements("/recommendations?size=100&topic=" + root, 100, 100);
        assertThat(many).isEqualTo(few).isLessThanOrEqualTo(BOUND);
    }

    @Test
    void searching_costs_the_same_statements_for_few_and_for_many_results() throws Exception {
        String root = data.slugs.get(0);
        long few = statements("/recommendations?size=100&topic=" + root
                + "&q=military%20or%20cyber%20or%20dialogue&status=IMPLEMENTED", 1, 40);
        long many = statements("/recommendations?size=100&topic=" + root + "&q=military%20or%20cyber%20or%20dialogue", 60, 100);
        assertThat(many).isEqualTo(few).isLessThanOrEqualTo(BOUND);
    }

    private long statements(String url, int atLeast, int atMost) throws Exception {
        return statements.count(url, () -> {
            MvcResult result = mvc.perform(get(URI.create(url)).with(user("researcher").roles("RESEARCHER")))
                    .andExpect(status().isOk()).andReturn();
            long rows = result.getResponse().getContentAsString().split("class=\"recommendation-row\"", -1).length - 1;
            assertThat(rows).as("rows shown for %s", url).isBetween((long) atLeast, (long) atMost);
        });
    }
}
