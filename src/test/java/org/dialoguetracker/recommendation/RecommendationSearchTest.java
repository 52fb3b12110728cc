package org.dialoguetracker.recommendation;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.dialoguetracker.shared.TextSearch.Highlight;
import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 4, must-show 2 (recommendations): PostgreSQL's text search in English and in Russian, with stemming in
 * both, ranking and highlighted snippets, and whatever a reader types never becomes an error.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecommendationSearchTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RecommendationSearch search;

    @Autowired
    MockMvc mvc;

    String topic;

    long inTitle;

    long inText;

    long russian;

    long arctic;

    @BeforeAll
    void recommendations() {
        String marker = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        topic = "search-test-" + marker.toLowerCase();
        long topicId = jdbc.queryForObject("insert into topic (slug, name_en) values (?, 'Search test') returning id",
                Long.class, topic);
        inTitle = recommendation("SRCH-" + marker + "-1", "Military engagement through the NATO–Russia Council",
                "The Council should meet at the level of chiefs of staff.", null, null, topicId);
        inText = recommendation("SRCH-" + marker + "-2", "Incident prevention at sea",
                "An agreement on incidents at sea would be a first step towards wider engagement.", null, null, topicId);
        russian = recommendation("SRCH-" + marker + "-3", null, null, "Консультации по стратегической стабильности",
                "Стороны выступили за регулярные консультации о переговорах по стратегической стабильности.", topicId);
        arctic = recommendation("SRCH-" + marker + "-4", "Arctic cooperation",
                "Search and rescue cooperation in the Arctic should continue.", null, null, topicId);
    }

    private long recommendation(String reference, String titleEn, String textEn, String titleRu, String textRu,
            long topicId) {
        long id = jdbc.queryForObject("""
                insert into recommendation (reference, title_en, text_en, title_ru, text_ru, addressed_to, feasibility,
                                            consensus, status)
                values (?, ?, ?, ?, ?, 'BOTH_GOVERNMENTS', 'POSSIBLE', 'CONSENSUS', 'PROPOSED') returning id""",
                Long.class, reference, titleEn, textEn, titleRu, textRu);
        jdbc.update("insert into recommendation_topic (recommendation_id, topic_id) values (?, ?)", id, topicId);
        return id;
    }

    private List<RecommendationHit> find(String q) {
        return search.find(new RecommendationQuery(Set.of(topic), null, null, null, null, null, null, q, null), 0, 20)
                .getContent();
    }

    private static List<Long> ids(List<RecommendationHit> hits) {
        return hits.stream().map(hit -> hit.recommendation().id()).toList();
    }

    @Test
    void english_stemming_finds_engagement_for_engagements_title_matches_first() {
        List<RecommendationHit> hits = find("engagements");
        assertThat(ids(hits)).containsExactly(inTitle, inText);
        assertThat(hits.get(1).snippet()).contains(new Highlight("engagement", true));
    }

    @Test
    void russian_stemming_finds_peregovorakh_for_peregovory_and_cyrillic_finds_only_russian_text() {
        List<RecommendationHit> hits = find("переговоры");
        assertThat(ids(hits)).containsExactly(russian);
        assertThat(hits.get(0).snippet()).contains(new Highlight("переговорах", true));
        assertThat(ids(find("стабильность"))).containsExactly(russian);
    }

    @Test
    void phrases_alternatives_and_exclusions_follow_web_search_syntax() {
        assertThat(ids(find("\"incidents at sea\""))).containsExactly(inText);
        assertThat(ids(find("arctic or council"))).containsExactlyInAnyOrder(inTitle, arctic);
        assertThat(ids(find("cooperation -arctic"))).isEmpty();
    }

    @Test
    void a_search_matching_more_than_can_be_ranked_ranks_its_most_recent_matches_and_counts_them_all() {
        // "cooperation" is in the titles of both; the older one says it twice, so it ranks first when all are ranked
        jdbc.update("update recommendation set created_at = now() - interval '1 day', text_en = text_en || ' Cooperation, cooperation.' where id = ?", arctic);
        RecommendationQuery query = new RecommendationQuery(Set.of(topic), null, null, null, null, null, null,
                "cooperation or incidents", null);
        assertThat(search.find(query, 0, 1).getContent().get(0).recommendation().id()).isEqualTo(arctic);
        ReflectionTestUtils.setField(search, "ranked", 1);
        try {
            Page<RecommendationHit> page = search.find(query, 0, 1);
            assertThat(page.getTotalElements()).isEqualTo(2);
            assertThat(page.getContent().get(0).recommendation().id()).as("the most recent match").isEqualTo(inText);
            assertThat(search.find(query, 1, 1).getContent().get(0).recommendation().id())
                    .as("beyond the ranked ones, all are ranked").isEqualTo(inText);
        }
        finally {
            ReflectionTestUtils.setField(search, "ranked", 1_000);
        }
    }

    static List<String> hostile() {
        return List.of("\"", "'", "&", "|", "!", ":*", "(", ")))", "a & | b", "!!!", "foo:*", "engagement:*",
                "\"unbalanced", "'; drop table recommendation; --", "the and of", "<script>alert(1)</script>",
                "%", "\\", "переговоры & | !", "🙂", "a".repeat(5000), "(((engagement", "engagement))) | (",
                "\u0000", "<->", "!(engagement)");
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void any_typed_characters_give_results_or_nothing_never_an_error(String q) throws Exception {
        assertThat(find(q)).isNotNull();
        RecommendationQuery query = new RecommendationQuery(null, null, null, null, null, null, null, q, null);
        assertThat(search.browse(query, 0, 20).facets().total()).isGreaterThanOrEqualTo(0);
        if (!q.contains("\u0000")) {
            mvc.perform(get("/recommendations").param("q", q).with(user("researcher").roles("RESEARCHER")))
                    .andExpect(status().isOk());
        }
    }

    @Test
    void the_page_shows_the_match_marked_and_escapes_everything_else() throws Exception {
        mvc.perform(get("/recommendations").param("q", "engagements").param("topic", topic)
                        .with(user("researcher").roles("RESEARCHER")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<mark>engagement</mark>")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("2 recommendations")));
        mvc.perform(get("/recommendations").param("q", "<b>engagement</b>").param("topic", topic)
                        .with(user("researcher").roles("RESEARCHER")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<b>engagement"))));
    }
}
