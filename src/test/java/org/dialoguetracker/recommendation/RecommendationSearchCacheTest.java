package org.dialoguetracker.recommendation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dialoguetracker.support.IntegrationTest;
import org.dialoguetracker.support.WithoutTriggers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A search keeps the order of its ranked matches per data version of the recommendations, and the API its totals:
 * every page, of the browse page and of the API, is the one the single query of before gave, with the same headlines
 * whether the order was kept or not; and a change made by plain SQL, as another instance of the app would make it,
 * reaches the next search at once; what a list shows of a recommendation is kept until the counter moves too.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecommendationSearchCacheTest {

    @Autowired
    RecommendationSearch search;

    @Autowired
    RecommendationRepository recommendations;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    NamedParameterJdbcTemplate named;

    GeneratedRecommendations data;

    @BeforeAll
    void generate() {
        data = new GeneratedRecommendations(jdbc, 77L).create(200);
    }

    @Test
    void every_page_is_the_one_the_former_query_gave_with_the_same_headlines_kept_or_not() {
        int compared = 0;
        for (int ranked : List.of(1_000, 9)) {
            ReflectionTestUtils.setField(search, "ranked", ranked);
            try {
                for (String q : List.of("engagement", "переговоры or treaty", "cyber -sanctions", "\"military incidents\"")) {
                    for (RecommendationSort sort : new RecommendationSort[] { null, RecommendationSort.NEWEST,
                            RecommendationSort.REFERENCE }) {
                        compared += comparePages(query(q, sort), ranked);
                    }
                }
            }
            finally {
                ReflectionTestUtils.setField(search, "ranked", 1_000);
            }
        }
        assertThat(compared).as("pages compared").isGreaterThan(100);
    }

    @Test
    void a_change_made_by_plain_sql_reaches_the_next_search_at_once() {
        RecommendationQuery query = query("verification or проверка", null);
        long total = search.browse(query, 0, 10).facets().total();
        assertThat(total).isGreaterThan(10);
        comparePages(query, 1_000);

        // what was found is kept: a change the counter does not see (its triggers off for one session) is not seen;
        // once the counter moves, the words gone from a text are gone from the search, its total and the API's
        long first = ids(search.browse(query, 0, 10).hits()).get(0);
        withoutTriggers("update recommendation set title_en = 'Generated nothing', text_en = 'Nothing.',"
                + " title_ru = null, text_ru = null where id = " + first);
        assertThat(ids(search.find(query, 0, 10)).get(0)).as("kept").isEqualTo(first);
        assertThat(search.browse(query, 0, 10).facets().total()).as("kept").isEqualTo(total);
        jdbc.update("update recommendation set version = version where id = ?", first);
        assertThat(ids(search.browse(query, 0, 10).hits())).doesNotContain(first);
        assertThat(search.browse(query, 0, 10).facets().total()).isEqualTo(total - 1);
        assertThat(search.find(query, 0, 10).getTotalElements()).isEqualTo(total - 1);
        comparePages(query, 1_000);

        // with three ranked: an old match made the newest is ranked among them, a match archived is gone
        ReflectionTestUtils.setField(search, "ranked", 3);
        try {
            List<Long> before = ids(search.browse(query, 0, 3).hits());
            String matches = ids(search.browse(query, 0, 200).hits()).stream().map(String::valueOf)
                    .reduce((a, b) -> a + "," + b).orElseThrow();
            long oldest = jdbc.queryForObject("select r.id from recommendation r where r.id in (" + matches + ")"
                    + " order by r.created_at, r.id limit 1", Long.class);
            assertThat(before).doesNotContain(oldest);
            // newer than the other matches, not than what other tests create after them
            jdbc.update("update recommendation set created_at = (select max(created_at) + interval '1 millisecond'"
                    + " from recommendation where id in (" + matches + ")) where id = ?", oldest);
            assertThat(ids(search.browse(query, 0, 3).hits())).contains(oldest);
            comparePages(query, 3);
            jdbc.update("update recommendation set archived = true where id = ?", oldest);
            assertThat(ids(search.find(query, 0, 3))).doesNotContain(oldest);
            comparePages(query, 3);
        }
        finally {
            ReflectionTestUtils.setField(search, "ranked", 1_000);
        }
    }

    @Test
    void what_a_list_shows_of_a_recommendation_is_kept_until_the_counter_moves() {
        RecommendationQuery query = query(null, RecommendationSort.NEWEST);
        RecommendationSummary shown = search.find(query, 0, 10).getContent().get(0).recommendation();
        assertThat(search.browse(query, 0, 10).hits().getContent().get(0).recommendation())
                .as("the browse page shows the API's").isEqualTo(shown);
        assertThat(shown).as("as loaded").isEqualTo(
                RecommendationSummary.of(recommendations.findSummaries(List.of(shown.id())).get(0)));
        String topic = jdbc.queryForObject("select name_en from topic where slug = ?", String.class,
                shown.topics().get(0).slug());
        try {
            withoutTriggers("update recommendation set title_en = 'Unseen summary' where id = " + shown.id());
            withoutTriggers("update topic set name_en = 'Unseen topic' where slug = '" + shown.topics().get(0).slug()
                    + "'");
            assertThat(search.find(query, 0, 10).getContent().get(0).recommendation()).as("kept").isEqualTo(shown);

            jdbc.update("update topic set name_en = name_en where slug = ?", shown.topics().get(0).slug());
            RecommendationSummary now = search.browse(query, 0, 10).hits().getContent().get(0).recommendation();
            assertThat(now.title().en()).isEqualTo("Unseen summary");
            assertThat(now.topics().get(0).name().en()).isEqualTo("Unseen topic");
            assertThat(now).isEqualTo(
                    RecommendationSummary.of(recommendations.findSummaries(List.of(shown.id())).get(0)));
        }
        finally {
            jdbc.update("update recommendation set title_en = ? where id = ?", shown.title().en(), shown.id());
            jdbc.update("update topic set name_en = ? where slug = ?", topic, shown.topics().get(0).slug());
        }
    }

    /** Every page at two sizes, and one beyond the last, of browse and find against the former query. */
    private int comparePages(RecommendationQuery query, int ranked) {
        int pages = 0;
        long total = formerCount(query);
        for (int size : List.of(4, 10)) {
            for (int page = 0; page <= total / size + 1; page++) {
                List<Long> former = formerPage(query, ranked, page * size, size);
                RecommendationResults browsed = search.browse(query, page, size);
                String described = "%s sorted %s, page %s of %s, ranking %s".formatted(query.q(), query.sort(), page,
                        size, ranked);
                assertThat(ids(browsed.hits())).as(described).containsExactlyElementsOf(former);
                assertThat(browsed.hits().getTotalElements()).as(described).isEqualTo(total);
                Page<RecommendationHit> found = search.find(query, page, size);
                assertThat(ids(found)).as("API: " + described).containsExactlyElementsOf(former);
                assertThat(found.getTotalElements()).as("API: " + described).isEqualTo(total);
                assertThat(found.getContent()).extracting(RecommendationHit::snippet).as("headlines of " + described)
                        .containsExactlyElementsOf(browsed.hits().getContent().stream()
                                .map(RecommendationHit::snippet).toList())
                        .allSatisfy(snippet -> assertThat(snippet).as("headline").isNotEmpty());
                pages++;
            }
        }
        return pages;
    }

    private RecommendationQuery query(String q, RecommendationSort sort) {
        return new RecommendationQuery(Set.of(data.slugs.get(0)), null, null, null, null, null, null, q, sort);
    }

    private static List<Long> ids(Page<RecommendationHit> hits) {
        return hits.getContent().stream().map(hit -> hit.recommendation().id()).toList();
    }

    private void withoutTriggers(String sql) {
        WithoutTriggers.execute(jdbc, sql);
    }

    // The query the search made before it kept the order of its ranked matches (commit b319287), the reference here.

    private long formerCount(RecommendationQuery query) {
        RecommendationCriteria criteria = new RecommendationCriteria(query);
        return named.queryForObject("select count(*) from recommendation r where " + criteria.where(),
                criteria.parameters(), Long.class);
    }

    private List<Long> formerPage(RecommendationQuery query, int ranked, int offset, int limit) {
        RecommendationCriteria criteria = new RecommendationCriteria(query);
        String condition = criteria.where();
        if (query.order() == RecommendationSort.RELEVANCE && formerCount(query) > ranked && offset + limit <= ranked) {
            condition = "r.id in (select r.id from recommendation r where " + criteria.where()
                    + " order by r.created_at desc, r.id desc limit " + ranked + ")";
        }
        Map<String, Object> parameters = new HashMap<>(criteria.parameters());
        parameters.put("limit", limit);
        parameters.put("offset", offset);
        return new ArrayList<>(named.queryForList("select r.id from recommendation r where " + condition
                + " order by " + criteria.orderBy() + " limit :limit offset :offset", parameters, Long.class));
    }
}
