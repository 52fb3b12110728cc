package org.dialoguetracker.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.dialoguetracker.dashboard.ChartHtml.Bar;
import org.dialoguetracker.recommendation.RecommendationStatistics;
import org.dialoguetracker.recommendation.RecommendationStatistics.SubtreeCounts;
import org.dialoguetracker.recommendation.RecommendationStatistics.TopicCount;
import org.dialoguetracker.recommendation.RecommendationStatus;
import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dialoguetracker.dashboard.ChartHtml.bar;
import static org.dialoguetracker.dashboard.ChartHtml.bars;
import static org.dialoguetracker.dashboard.ChartHtml.occurrences;
import static org.dialoguetracker.dashboard.ChartHtml.svg;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The charts of the dashboard and the topic pages show what the database holds: counts checked against counts made
 * here, over a fixture of our own, in Java or in plain SQL; a recommendation tagged with several topics of one subtree
 * counts once for it; the four dashboard charts are drawn in English and in Russian.
 */
@IntegrationTest
class ChartsTest {

    private static final List<String> STATUSES = List.of(RecommendationStatus.values()).stream()
            .map(Enum::name).toList();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RecommendationStatistics statistics;

    ChartFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ChartFixtures(jdbc);
    }

    @AfterEach
    void delete() {
        fixtures.deleteAll();
    }

    @Test
    void the_topic_chart_counts_the_live_recommendations_of_the_subtree_once_each() throws Exception {
        long parent = fixtures.topic(null, "Charts parent", null);
        long left = fixtures.topic(parent, "Charts left", "Диаграммы: слева");
        long right = fixtures.topic(parent, "Charts right", "Диаграммы: справа");
        long leaf = fixtures.topic(left, "Charts leaf", "Диаграммы: лист");
        long elsewhere = fixtures.topicId("arms-control");
        List<Long> pool = List.of(parent, left, right, leaf, elsewhere);
        Set<Long> subtree = Set.of(parent, left, right, leaf);

        Map<RecommendationStatus, Long> expected = new EnumMap<>(RecommendationStatus.class);
        STATUSES.forEach(status -> expected.put(RecommendationStatus.valueOf(status), 0L));
        long expectedLeft = 0;
        long expectedRight = 0;
        Random random = new Random(20_000);
        for (int i = 0; i < 80; i++) {
            RecommendationStatus status = RecommendationStatus.values()[random.nextInt(STATUSES.size())];
            boolean archived = random.nextInt(6) == 0;
            List<Long> tags = new ArrayList<>();
            pool.forEach(topic -> {
                if (random.nextInt(3) == 0) {
                    tags.add(topic);
                }
            });
            fixtures.recommendation(status.name(), archived, tags);
            if (!archived && tags.stream().anyMatch(subtree::contains)) {
                expected.merge(status, 1L, Long::sum);
            }
            if (!archived && (tags.contains(left) || tags.contains(leaf))) {
                expectedLeft++;
            }
            if (!archived && tags.contains(right)) {
                expectedRight++;
            }
        }
        long expectedTotal = expected.values().stream().mapToLong(Long::longValue).sum();
        assertThat(expectedTotal).as("the fixture tags enough recommendations").isGreaterThan(20);

        SubtreeCounts counts = statistics.countByStatusInSubtrees(List.of(parent, left, right));
        assertThat(counts.byStatus(parent)).isEqualTo(expected);
        assertThat(counts.total(parent)).isEqualTo(expectedTotal);
        assertThat(counts.total(left)).isEqualTo(expectedLeft);
        assertThat(counts.total(right)).isEqualTo(expectedRight);
        assertThat(statistics.countByTopLevelTopic()).filteredOn(topic -> topic.id() == parent)
                .extracting(TopicCount::count).containsExactly(expectedTotal);

        String slug = fixtures.slug(parent);
        String page = page("/topics/" + slug + "?lang=en");
        Map<String, Long> shown = new LinkedHashMap<>();
        for (Bar bar : bars(page, "chart-topic-status")) {
            assertThat(bar.href()).startsWith("/recommendations?topic=" + slug + "&status=");
            shown.put(bar.href().substring(bar.href().lastIndexOf('=') + 1), bar.value());
        }
        assertThat(shown).isEqualTo(expected.entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().name(), Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new)));
        assertThat(page).contains("Recommendations (" + expectedTotal + ")")
                .contains(expectedTotal + " in all.");
        assertThat(subtopicCount(page, fixtures.slug(left))).isEqualTo(expectedLeft);
        assertThat(subtopicCount(page, fixtures.slug(right))).isEqualTo(expectedRight);

        Bar onDashboard = bar(page("/?lang=en"), "chart-topic", "/recommendations?topic=" + slug);
        assertThat(onDashboard.label()).isEqualTo("Charts parent");
        assertThat(onDashboard.value()).isEqualTo(expectedTotal);
        Bar inRussian = bar(page("/?lang=ru"), "chart-topic", "/recommendations?topic=" + slug);
        assertThat(inRussian.label()).as("an English-only name, marked as such").isEqualTo("Charts parentEN");
    }

    @Test
    void a_recommendation_tagged_with_two_subtopics_counts_once_for_their_parent() throws Exception {
        long parent = fixtures.topic(null, "Charts twin parent", "Диаграммы: родитель");
        long first = fixtures.topic(parent, "Charts twin one", "Диаграммы: первая");
        long second = fixtures.topic(parent, "Charts twin two", "Диаграммы: вторая");
        fixtures.recommendation("ADOPTED", false, List.of(first, second));

        String slug = fixtures.slug(parent);
        String page = page("/topics/" + slug + "?lang=en");
        assertThat(bars(page, "chart-topic-status")).extracting(Bar::value).containsExactly(0L, 0L, 1L, 0L, 0L, 0L, 0L, 0L);
        assertThat(page).contains("Recommendations (1)");
        assertThat(subtopicCount(page, fixtures.slug(first))).isEqualTo(1);
        assertThat(subtopicCount(page, fixtures.slug(second))).isEqualTo(1);
        assertThat(statistics.countByTopLevelTopic()).filteredOn(topic -> topic.id() == parent)
                .extracting(TopicCount::count).containsExactly(1L);
    }

    @Test
    void a_topic_without_recommendations_shows_every_status_at_zero() throws Exception {
        String slug = fixtures.slug(fixtures.topic(null, "Charts empty", "Диаграммы: пусто"));
        String page = page("/topics/" + slug + "?lang=ru");
        List<Bar> bars = bars(page, "chart-topic-status");
        assertThat(bars).extracting(Bar::label).containsExactly("Предложена", "На рассмотрении", "Принята",
                "Выполняется", "Выполнена", "Застопорилась", "Отклонена", "Утратила актуальность");
        assertThat(bars).extracting(Bar::value).containsOnly(0L);
        assertThat(svg(page, "chart-topic-status")).doesNotContain("chart-bar ");
        assertThat(page).doesNotContain("id=\"subtopics\"");
    }

    @Test
    void the_dashboard_draws_its_four_charts_in_english() throws Exception {
        LocalDate date = LocalDate.now().plusYears(60).withMonth(3).withDayOfMonth(1);
        long meeting = fixtures.meeting("Charts round", date, "PLANNED");
        long recommendation = fixtures.recommendation("IN_PROGRESS", false, List.of());
        fixtures.followUp(recommendation, LocalDate.of(2001, 1, 1), "OPEN");
        fixtures.followUp(recommendation, LocalDate.now().plusDays(3), "IN_PROGRESS");

        String page = page("/?lang=en");
        assertThat(occurrences(page, "class=\"chart chart-bars\"")).isEqualTo(3);
        assertThat(occurrences(page, "class=\"chart chart-timeline\"")).isEqualTo(1);
        assertThat(page).contains("<title id=\"chart-status-title\">Recommendations by status</title>",
                "<title id=\"chart-topic-title\">Recommendations by topic</title>",
                "<title id=\"chart-followups-title\">Follow-up actions</title>",
                "<title id=\"chart-meetings-title\">Meetings over time</title>");

        List<Bar> byStatus = bars(page, "chart-status");
        assertThat(byStatus).extracting(Bar::label).containsExactly("Proposed", "Under consideration", "Adopted",
                "In progress", "Implemented", "Stalled", "Rejected", "Overtaken by events");
        Map<String, Long> counted = new LinkedHashMap<>();
        STATUSES.forEach(status -> counted.put(status, 0L));
        jdbc.query("select status, count(*) from recommendation where not archived group by status",
                row -> {
                    counted.put(row.getString(1), row.getLong(2));
                });
        assertThat(byStatus).extracting(Bar::value).containsExactlyElementsOf(counted.values());
        assertThat(byStatus).extracting(Bar::href).containsExactlyElementsOf(
                STATUSES.stream().map(status -> "/recommendations?status=" + status).toList());

        List<Bar> followUps = bars(page, "chart-followups");
        assertThat(followUps).extracting(Bar::label).containsExactly("Overdue", "Due in the next 30 days", "Due later",
                "No due date", "Done");
        LocalDate today = LocalDate.now();
        assertThat(followUps.get(0).value()).isEqualTo(openFollowUps("f.due_date < ?", today)).isPositive();
        assertThat(followUps.get(1).value()).isEqualTo(openFollowUps("f.due_date >= ? and f.due_date < ?", today,
                today.plusDays(30))).isPositive();
        assertThat(followUps.get(0).href()).isEqualTo("/follow-ups?overdue=true");
        assertThat(followUps.get(4).href()).isEqualTo("/follow-ups?status=DONE");

        String timeline = svg(page, "chart-meetings");
        assertThat(timeline).contains("<a href=\"/meetings/" + meeting + "\" class=\"chart-mark\">")
                .contains("<title>Charts round — Chartsford, 1 March " + date.getYear() + " (Planned)</title>")
                .contains("chart-dot chart-meeting-PLANNED").contains("<text class=\"chart-year\"");
        assertThat(page).contains("UK–Russia Security Dialogue: London meeting");
    }

    @Test
    void the_dashboard_draws_its_four_charts_in_russian() throws Exception {
        LocalDate date = LocalDate.now().plusYears(60).withMonth(3).withDayOfMonth(1);
        long meeting = fixtures.meeting("Charts round", date, "PLANNED");
        long topic = fixtures.topic(null, "Charts in Russian", "Диаграммы по-русски");
        for (int i = 0; i < 5; i++) {
            fixtures.recommendation("PROPOSED", false, List.of(topic));
        }

        String page = page("/?lang=ru");
        assertThat(page).contains("<title id=\"chart-status-title\">Рекомендации по статусу</title>",
                "<title id=\"chart-topic-title\">Рекомендации по темам</title>",
                "<title id=\"chart-followups-title\">Последующие действия</title>",
                "<title id=\"chart-meetings-title\">Встречи на шкале времени</title>");
        assertThat(bars(page, "chart-status")).extracting(Bar::label).containsExactly("Предложена",
                "На рассмотрении", "Принята", "Выполняется", "Выполнена", "Застопорилась", "Отклонена",
                "Утратила актуальность");
        assertThat(bars(page, "chart-followups")).extracting(Bar::label).containsExactly("Просрочены",
                "Срок в ближайшие 30 дней", "Срок позже", "Без срока", "Выполнены");
        assertThat(bar(page, "chart-topic", "/recommendations?topic=" + fixtures.slug(topic)))
                .isEqualTo(new Bar("Диаграммы по-русски", 5, "/recommendations?topic=" + fixtures.slug(topic)));
        assertThat(svg(page, "chart-meetings")).contains("<a href=\"/meetings/" + meeting + "\" class=\"chart-mark\">")
                .contains("<title>Встреча: Charts round — Чартсфорд, 1 марта " + date.getYear()
                        + " (Запланирована)</title>")
                .contains(">" + ChartFixtures.CITY_RU + "</text>");
        assertThat(page).contains("<span>Запланирована</span>", "<span>Доклад опубликован</span>");
    }

    private long openFollowUps(String condition, Object... arguments) {
        return jdbc.queryForObject("""
                select count(*) from follow_up_action f join recommendation r on r.id = f.recommendation_id
                 where not r.archived and f.status in ('OPEN', 'IN_PROGRESS') and\s""" + condition, Long.class,
                arguments);
    }

    /** The count shown next to a subtopic's link on its parent's page. */
    private static long subtopicCount(String page, String slug) {
        int link = page.indexOf("href=\"/topics/" + slug + "\"");
        assertThat(link).as("link to subtopic %s", slug).isNotNegative();
        String rest = page.substring(page.indexOf("subtopic-count", link));
        String count = rest.substring(rest.indexOf("</span>") + "</span>".length(), rest.indexOf("</span>",
                rest.indexOf("</span>") + 1));
        return Long.parseLong(count.replaceAll("\\D", ""));
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(user("researcher").roles("RESEARCHER"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
