package org.dialoguetracker.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dialoguetracker.dashboard.ChartHtml.Bar;
import org.dialoguetracker.recommendation.RecommendationFixtures;
import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dialoguetracker.dashboard.ChartHtml.bar;
import static org.dialoguetracker.dashboard.ChartHtml.bars;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard and the topic pages keep what they count between views (DashboardService, the facet counts), and
 * show a change at the next view whichever way it was made: through the application, or in SQL as another instance
 * of the app would. Each step changes what one version counter covers, so that a cache key missing it fails here.
 */
@IntegrationTest
class DashboardCacheTest {

    private static final Pattern FIGURE = Pattern.compile("<span class=\"display-6[^\"]*\">(\\d+)</span>");

    /** Long before anything else overdue, so that the dashboard's ten longest overdue actions list ours first. */
    private static final LocalDate LONG_AGO = LocalDate.of(1900, 1, 1);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    ChartFixtures fixtures;

    final List<Long> participants = new ArrayList<>();

    final List<Long> institutions = new ArrayList<>();

    @BeforeEach
    void fixtures() {
        fixtures = new ChartFixtures(jdbc);
    }

    @AfterEach
    void delete() {
        fixtures.deleteAll();
        participants.forEach(id -> jdbc.update("delete from participant where id = ?", id));
        institutions.forEach(id -> jdbc.update("delete from institution where id = ?", id));
    }

    @Test
    void the_dashboard_shows_each_change_at_the_next_view() throws Exception {
        long recommendation = fixtures.recommendation("ADOPTED", false, List.of());
        Figures before = figures(page("/", researcher()));
        assertThat(figures(page("/", researcher()))).as("a second view, nothing changed").isEqualTo(before);

        // a follow-up action only (the 'follow_ups' counter), in SQL
        String description = RecommendationFixtures.unique("Dashboard cache action ");
        long action = followUp(recommendation, description, null);
        String page = page("/", researcher());
        assertThat(figures(page)).isEqualTo(before.plus(0, 0, 1, 1));
        assertThat(overdueList(page)).contains(description);
        assertThat(bar(page, "chart-followups", "/follow-ups?overdue=true").value()).isEqualTo(before.overdue() + 1);

        // the same action done, through the application
        mvc.perform(post("/follow-ups/{id}/complete", action).with(organiser()).with(csrf())
                        .param("completionNote", "Done, as the dashboard should show.")
                        .param("completedOn", LocalDate.now().toString())
                        .param("version", jdbc.queryForObject("select version from follow_up_action where id = ?",
                                String.class, action)))
                .andExpect(status().isFound());
        page = page("/", researcher());
        assertThat(figures(page)).isEqualTo(before);
        assertThat(overdueList(page)).doesNotContain(description);
        long done = bar(page, "chart-followups", "/follow-ups?status=DONE").value();

        // a meeting only (the 'recommendations' counter), in SQL
        String title = RecommendationFixtures.unique("Dashboard cache round ");
        fixtures.meeting(title, LocalDate.now(), "PLANNED");
        page = page("/", researcher());
        assertThat(figures(page)).isEqualTo(before.plus(1, 0, 0, 0));
        assertThat(upcomingList(page)).contains(title);

        // the recommendation archived, in SQL: it leaves the counts, and so does its done action
        long adopted = bar(page, "chart-status", "/recommendations?status=ADOPTED").value();
        jdbc.update("update recommendation set archived = true where id = ?", recommendation);
        page = page("/", researcher());
        assertThat(figures(page)).isEqualTo(before.plus(1, -1, 0, 0));
        assertThat(bar(page, "chart-status", "/recommendations?status=ADOPTED").value()).isEqualTo(adopted - 1);
        assertThat(bar(page, "chart-followups", "/follow-ups?status=DONE").value()).isEqualTo(done - 1);
    }

    @Test
    void overdue_actions_name_their_owners_as_each_role_may_see_them_and_follow_renames() throws Exception {
        long institution = institution("Dashboard cache institute");
        long participant = participant("Dashboard Cache-Owner", institution);
        long recommendation = fixtures.recommendation("IN_PROGRESS", false, List.of());
        followUp(recommendation, RecommendationFixtures.unique("Dashboard owner action "), participant);

        assertThat(overdueList(page("/", researcher()))).contains("Dashboard cache institute")
                .doesNotContain("Dashboard Cache-Owner");
        assertThat(overdueList(page("/", organiser()))).contains("Dashboard Cache-Owner");
        assertThat(overdueList(page("/", researcher()))).as("the researchers' list, not the organisers'")
                .doesNotContain("Dashboard Cache-Owner");

        jdbc.update("update participant set name_latin = 'Dashboard Renamed-Owner' where id = ?", participant);
        assertThat(overdueList(page("/", organiser()))).contains("Dashboard Renamed-Owner")
                .doesNotContain("Dashboard Cache-Owner");

        jdbc.update("update institution set name_en = 'Dashboard renamed institute' where id = ?", institution);
        assertThat(overdueList(page("/", researcher()))).contains("Dashboard renamed institute")
                .doesNotContain("Dashboard cache institute");
    }

    @Test
    void a_topic_page_shows_a_new_recommendation_at_the_next_view() throws Exception {
        long parent = fixtures.topic(null, "Dashboard cache parent", "Кэш: родитель");
        long child = fixtures.topic(parent, "Dashboard cache child", "Кэш: дочерняя");
        fixtures.recommendation("PROPOSED", false, List.of(child));
        String path = "/topics/" + fixtures.slug(parent);
        assertThat(page(path, researcher())).contains("Recommendations (1)");
        assertThat(page(path, researcher())).as("a second view, nothing changed").contains("Recommendations (1)");

        fixtures.recommendation("STALLED", false, List.of(child));
        String after = page(path, researcher());
        assertThat(after).contains("Recommendations (2)");
        assertThat(bars(after, "chart-topic-status")).extracting(Bar::value)
                .containsExactly(1L, 0L, 0L, 0L, 0L, 1L, 0L, 0L);
        assertThat(after).contains("title=\"Recommendations: 2\"");
    }

    private long followUp(long recommendation, String description, Long owner) {
        return jdbc.queryForObject("""
                insert into follow_up_action (recommendation_id, description_en, owner_participant_id, due_date, status)
                values (?, ?, ?, ?, 'OPEN') returning id""", Long.class, recommendation, description, owner, LONG_AGO);
    }

    private long institution(String name) {
        long id = jdbc.queryForObject("""
                insert into institution (name_en, country, kind) values (?, 'GB', 'THINK_TANK') returning id""",
                Long.class, name);
        institutions.add(id);
        return id;
    }

    private long participant(String name, long institution) {
        long id = jdbc.queryForObject("""
                insert into participant (name_latin, institution_id, side, capacity) values (?, ?, 'UK', 'EXPERT')
                returning id""", Long.class, name, institution);
        participants.add(id);
        return id;
    }

    /** The four figures at the top of the dashboard. */
    private static Figures figures(String page) {
        List<Long> figures = new ArrayList<>();
        Matcher figure = FIGURE.matcher(page);
        while (figure.find()) {
            figures.add(Long.parseLong(figure.group(1)));
        }
        assertThat(figures).hasSize(4);
        return new Figures(figures.get(0), figures.get(1), figures.get(2), figures.get(3));
    }

    private static String overdueList(String page) {
        return page.substring(page.indexOf("<h2 class=\"h5\">Overdue follow-up actions</h2>"));
    }

    private static String upcomingList(String page) {
        return page.substring(page.indexOf("<h2 class=\"h5\">Upcoming meetings</h2>"),
                page.indexOf("<h2 class=\"h5\">Recent meetings</h2>"));
    }

    private String page(String path, RequestPostProcessor reader) throws Exception {
        return mvc.perform(get(path).param("lang", "en").with(reader)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    private static RequestPostProcessor researcher() {
        return user("researcher").roles("RESEARCHER");
    }

    private static RequestPostProcessor organiser() {
        return user("organiser").roles("ORGANISER");
    }

    /** Meetings, live recommendations, open and overdue follow-up actions, as the dashboard's cards show them. */
    private record Figures(long meetings, long recommendations, long open, long overdue) {

        Figures plus(long meetings, long recommendations, long open, long overdue) {
            return new Figures(this.meetings + meetings, this.recommendations + recommendations, this.open + open,
                    this.overdue + overdue);
        }
    }
}
