package org.dialoguetracker.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManagerFactory;
import org.dialoguetracker.shared.web.PageCache;
import org.dialoguetracker.support.CountsStatements;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A view of the dashboard with nothing changed since the last one, its kept page forgotten, reads the data versions
 * in one statement (and the pages' version in another, the kept page's key) and counts nothing; a topic page takes its chart from the facet counts of its list, kept by data version too. Counted by
 * Hibernate's statistics, through which the native queries run; same context as ChartsStatementCountTest.
 */
@CountsStatements
class DashboardStatementCountTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    PageCache pages;

    ChartFixtures fixtures;

    Statistics statistics;

    @BeforeEach
    void fixtures() {
        fixtures = new ChartFixtures(jdbc);
        statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
    }

    @AfterEach
    void delete() {
        fixtures.deleteAll();
    }

    @Test
    void a_second_view_of_the_dashboard_reads_the_versions_and_nothing_else() throws Exception {
        // a change, so that the first view counts afresh whatever views came before
        long recommendation = fixtures.recommendation("PROPOSED", false, List.of());
        fixtures.followUp(recommendation, LocalDate.now().minusDays(1), "OPEN");

        Issued first = issued("/", researcher());
        System.out.println("[statements] dashboard, first view: " + first);
        assertThat(first.statements()).as("the first view counts").isGreaterThan(3);
        assertThat(first.queries()).anyMatch(Issued::counts);

        // every view below also reads the pages' data version first, the key of the kept pages forgotten before it
        Issued second = issued("/", researcher());
        assertThat(second.statements()).as("the second view").isEqualTo(1 + 1);
        assertThat(second.queries()).isNotEmpty().allSatisfy(sql -> assertThat(sql).contains("from data_version"));
        assertThat(issued("/?lang=ru", researcher()).statements()).as("in another language").isEqualTo(1 + 1);

        Issued organiser = issued("/", user("organiser").roles("ORGANISER"));
        assertThat(organiser.statements()).as("another role: its own overdue list, the rest kept").isEqualTo(2 + 1);
        assertThat(organiser.queries()).noneMatch(Issued::counts);
        assertThat(issued("/", user("organiser").roles("ORGANISER")).statements()).isEqualTo(1 + 1);
        assertThat(issued("/", user("admin").roles("ADMIN")).statements()).as("another role").isEqualTo(2 + 1);
    }

    @Test
    void a_topic_page_counts_nothing_at_its_second_view() throws Exception {
        long parent = fixtures.topic(null, "Charts cache parent", "Диаграммы: кэш");
        long child = fixtures.topic(parent, "Charts cache child", "Диаграммы: кэш, дочерняя");
        fixtures.recommendation("ADOPTED", false, List.of(child));
        String path = "/topics/" + fixtures.slug(parent);

        Issued first = issued(path, researcher());
        Issued second = issued(path, researcher());
        System.out.println("[statements] topic page, first view: " + first + "; second: " + second);
        assertThat(first.queries()).anyMatch(Issued::counts);
        // kept by data version: the facet counts (the chart, the subtopics) and what the list shows of each
        // recommendation (RecommendationSearch's summaries)
        assertThat(second.statements()).isEqualTo(first.statements() - 2);
        assertThat(second.queries()).noneMatch(Issued::counts);
    }

    /** How many SQL statements a view issues, and which (each once), as Hibernate prepared them. */
    private Issued issued(String path, RequestPostProcessor reader) throws Exception {
        pages.clear(); // what is kept by data version is the subject here, not the kept pages
        statistics.clear();
        statistics.setStatisticsEnabled(true);
        try {
            mvc.perform(get(path).with(reader)).andExpect(status().isOk());
            return new Issued(statistics.getPrepareStatementCount(), List.of(statistics.getQueries()));
        }
        finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    private static RequestPostProcessor researcher() {
        return user("researcher").roles("RESEARCHER");
    }

    record Issued(long statements, List<String> queries) {

        /** Whether a query counts rows: the facet counts, the follow-up outlook, the meetings' count. */
        static boolean counts(String sql) {
            return sql.toLowerCase(Locale.ROOT).contains("count(");
        }
    }
}
