package org.dialoguetracker.dashboard;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dialoguetracker.shared.Paging;
import org.dialoguetracker.support.CountsStatements;
import org.dialoguetracker.support.StatementCounter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard and a topic page draw their charts in as many SQL statements over many rows as over few: the counts
 * are grouped in PostgreSQL, nothing is loaded row by row. Same context as the system's StatementCountTest (its
 * statistics count native queries too), so it is started once.
 */
@CountsStatements
class ChartsStatementCountTest {

    /**
     * The most statements the dashboard may take (the system's StatementCountTest allows it as many), the pages' data
     * version (the kept pages' key) included.
     */
    private static final long DASHBOARD_BOUND = 11;

    private static final long TOPIC_PAGE_BOUND = 10;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StatementCounter statements;

    ChartFixtures fixtures;

    @AfterEach
    void delete() {
        fixtures.deleteAll();
    }

    @Test
    void the_dashboard_and_a_topic_page_issue_as_many_statements_with_many_rows_as_with_few() throws Exception {
        fixtures = new ChartFixtures(jdbc);
        LocalDate today = LocalDate.now();
        fixtures.meeting("Charts count round", today.plusYears(40), "PLANNED");
        long parent = fixtures.topic(null, "Charts count parent", "Диаграммы: счёт");
        long left = fixtures.topic(parent, "Charts count left", "Диаграммы: слева");
        long right = fixtures.topic(parent, "Charts count right", "Диаграммы: справа");
        long leaf = fixtures.topic(left, "Charts count leaf", "Диаграммы: лист");
        // more than a page of the topic's list, which asks for its total only when there is more than one page
        for (int i = 0; i <= Paging.DEFAULT_SIZE; i++) {
            fixtures.followUp(fixtures.recommendation("ADOPTED", false, List.of(left)), today.minusDays(3), "OPEN");
        }
        String topicPage = "/topics/" + fixtures.slug(parent);
        List<String> paths = List.of("/", "/?lang=ru", topicPage, topicPage + "?lang=ru");

        Map<String, Long> few = statements(paths);

        String[] statuses = { "PROPOSED", "UNDER_CONSIDERATION", "ADOPTED", "IN_PROGRESS", "IMPLEMENTED", "STALLED",
                "REJECTED", "OVERTAKEN_BY_EVENTS" };
        for (int i = 0; i < 240; i++) {
            List<Long> tags = switch (i % 4) {
                case 0 -> List.of(left, right);
                case 1 -> List.of(leaf);
                case 2 -> List.of(parent, leaf, right);
                default -> List.of(right);
            };
            long recommendation = fixtures.recommendation(statuses[i % statuses.length], i % 11 == 0, tags);
            fixtures.followUp(recommendation, today.plusDays(i - 120), i % 5 == 0 ? "DONE" : "OPEN");
            fixtures.followUp(recommendation, null, "IN_PROGRESS");
        }
        for (int i = 0; i < 80; i++) {
            fixtures.meeting("Charts count round " + i, today.minusDays(40L * i), i % 3 == 0 ? "HELD" : "REPORT_PUBLISHED");
        }
        for (int i = 0; i < 16; i++) {
            long topic = fixtures.topic(null, "Charts count top " + i, "Диаграммы: тема " + i);
            long child = fixtures.topic(topic, "Charts count child " + i, "Диаграммы: подтема " + i);
            fixtures.topic(parent, "Charts count sibling " + i, "Диаграммы: соседняя " + i);
            fixtures.recommendation("PROPOSED", false, List.of(child, topic));
        }

        Map<String, Long> many = statements(paths);
        System.out.println("[statements] charts, few rows: " + few + "; many rows: " + many);
        assertThat(many).isEqualTo(few);
        assertThat(few.get("/")).isBetween(1L, DASHBOARD_BOUND);
        assertThat(few.get(topicPage)).isBetween(1L, TOPIC_PAGE_BOUND);
    }

    private Map<String, Long> statements(List<String> paths) throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String path : paths) {
            counts.put(path, statements.count(path,
                    () -> mvc.perform(get(path).with(user("researcher").roles("RESEARCHER"))).andExpect(status().isOk())));
        }
        return counts;
    }
}
