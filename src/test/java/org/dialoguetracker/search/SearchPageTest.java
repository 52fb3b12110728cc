package org.dialoguetracker.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The search page as its readers see it: the form and a hint before any search, highlighted and escaped snippets,
 * a clear message when nothing matches, the way on to the recommendations, the attribution rule on every hit, and
 * a page (never an error) whatever is typed.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchPageTest {

    static final String SPEAKER = "Oswin Pellgrave-Pagefixture";

    static final String SPEAKER_CYRILLIC = "Освин Пеллгрейв";

    static final String INSTITUTE = "Pellgrave Institute of Page Fixtures";

    static final List<String> SIDE_LABELS = List.of("A UK participant", "The Russian side", "Both sides");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    long words;

    long noneMeeting;

    long sideMeeting;

    long namedMeeting;

    @BeforeAll
    void statementsToFind() {
        SearchFixtures fixtures = new SearchFixtures(jdbc, "Search page fixture dialogue");
        words = fixtures.meeting("Search page fixture: words", "SIDE", LocalDate.of(2006, 9, 20));
        fixtures.statement(words, "SIDE", "UK", null,
                "The bramblewick engagement plan must survive & grow, as risk < \"reward\".", null);
        fixtures.statement(words, "SIDE", "RUSSIA", null, null, "О переговорах по брамблвику договорились отдельно.");

        long institution = fixtures.institution(INSTITUTE);
        long speaker = fixtures.speaker(SPEAKER, SPEAKER_CYRILLIC, institution, "UK");
        noneMeeting = fixtures.meeting("Search page fixture: rule NONE", "NONE", LocalDate.of(2002, 10, 1));
        sideMeeting = fixtures.meeting("Search page fixture: rule SIDE", "SIDE", LocalDate.of(2002, 11, 1));
        namedMeeting = fixtures.meeting("Search page fixture: rule NAMED", "NAMED", LocalDate.of(2002, 12, 1));
        fixtures.statement(noneMeeting, "NONE", "UK", speaker, "Thornbury hotline talks stalled, someone said.", null);
        fixtures.statement(noneMeeting, "NONE", "RUSSIA", speaker, "Thornbury hotline talks matter, another said.", null);
        fixtures.statement(sideMeeting, "SIDE", "UK", speaker, "Thornbury hotline talks should resume.", null);
        fixtures.statement(namedMeeting, "NAMED", "UK", speaker, "Thornbury hotline talks need a budget.", null);
    }

    @Test
    void without_words_the_page_shows_the_form_and_a_hint_and_searches_nothing() throws Exception {
        for (MockHttpServletRequestBuilder request : List.of(get("/search"), get("/search").param("q", ""),
                get("/search").param("q", "   ").param("side", "UK").param("topic", "arms-control"))) {
            String page = page(request, researcher());
            assertThat(page).contains("name=\"q\"").contains("search-hint").contains("Type words in English or in Russian")
                    .doesNotContain("search-hit").doesNotContain("search-none").doesNotContain("search-recommendations");
        }
    }

    @Test
    void a_hit_shows_its_snippet_with_the_match_marked_and_its_text_escaped() throws Exception {
        String page = page(get("/search").param("q", "engagements").param("meeting", "" + words), researcher());
        assertThat(articles(page)).hasSize(1);
        assertThat(page).contains(">The bramblewick <mark>engagement</mark>").doesNotContain("…&nbsp;The")
                .contains("survive &amp; grow, as risk &lt; &quot;reward")
                .contains("1 statement matches “engagements”")
                .contains("Search page fixture: words").contains("20 September 2006")
                .contains("href=\"/meetings/" + words + "#statement-");

        String russian = page(get("/search").param("q", "переговоры").param("meeting", "" + words), researcher());
        assertThat(articles(russian)).hasSize(1);
        assertThat(russian).contains("<mark>переговорах</mark>").contains("lang=\"ru\"");
    }

    @Test
    void when_nothing_matches_the_page_says_so_and_offers_the_recommendations() throws Exception {
        String page = page(get("/search").param("q", "zzqxnomatchword"), researcher());
        assertThat(articles(page)).isEmpty();
        assertThat(page).contains("No statements match “zzqxnomatchword”.")
                .contains("href=\"/recommendations?q=zzqxnomatchword\"")
                .contains("Search recommendations for “zzqxnomatchword”");

        String withHits = page(get("/search").param("q", "thornbury"), researcher());
        assertThat(withHits).contains("Search recommendations for “thornbury”").doesNotContain("search-none");
    }

    @Test
    void anything_typed_gives_a_page_never_an_error() throws Exception {
        for (String typed : StatementSearchTest.HOSTILE) {
            for (RequestPostProcessor who : List.of(researcher(), organiser())) {
                String page = page(get("/search").param("q", typed), who);
                assertThat(page).as("page for %s", typed).doesNotContain("Exception").contains("name=\"q\"");
                page(get("/search").param("q", typed).param("side", "UK").param("topic", "risk-reduction")
                        .param("meeting", "" + words).param("page", "3"), who);
            }
        }
        assertThat(page(get("/search").param("q", "the and of"), researcher())).contains("search-none");
        assertThat(page(get("/search").param("q", "bramblewick").param("page", "99"), researcher()))
                .as("a page beyond the last").doesNotContain("search-hit").contains("1 statement matches “bramblewick”");
    }

    @Test
    void unreadable_filters_give_the_bad_request_page_and_an_unknown_topic_finds_nothing() throws Exception {
        mvc.perform(get("/search").param("q", "thornbury").param("side", "MARS").with(researcher()))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/search").param("q", "thornbury").param("meeting", "abc").with(researcher()))
                .andExpect(status().isBadRequest());
        String page = page(get("/search").param("q", "thornbury").param("topic", "no-such-topic"), researcher());
        assertThat(page).contains("There is no topic").contains("No statements match");
    }

    @Test
    void a_researcher_never_sees_a_withheld_speaker_or_side() throws Exception {
        String none = page(get("/search").param("q", "thornbury").param("meeting", "" + noneMeeting), researcher());
        assertThat(articles(none)).hasSize(2);
        for (String article : articles(none)) {
            assertThat(article).contains("Unattributed");
            SIDE_LABELS.forEach(label -> assertThat(article).doesNotContain(label));
        }
        String side = page(get("/search").param("q", "thornbury").param("meeting", "" + sideMeeting), researcher());
        assertThat(articles(side)).singleElement().asString().contains("A UK participant");

        String all = page(get("/search").param("q", "thornbury"), researcher());
        assertThat(articles(all)).hasSizeGreaterThanOrEqualTo(4);
        assertThat(countOf(all, SPEAKER)).as("named on the on-the-record statement only").isEqualTo(1);
        assertThat(all).doesNotContain(SPEAKER_CYRILLIC);
        String russian = page(get("/search").param("q", "thornbury").param("lang", "ru"), researcher());
        assertThat(countOf(russian, SPEAKER_CYRILLIC)).isEqualTo(1);
        assertThat(russian).doesNotContain(SPEAKER);

        // narrowing by side does not tell which side a withheld statement came from
        String russianSide = page(get("/search").param("q", "thornbury").param("side", "RUSSIA"), researcher());
        assertThat(articles(russianSide)).isEmpty();
    }

    @Test
    void an_organiser_sees_every_speaker_and_side() throws Exception {
        String none = page(get("/search").param("q", "thornbury").param("meeting", "" + noneMeeting), organiser());
        assertThat(articles(none)).hasSize(2).allSatisfy(article -> assertThat(article).contains(SPEAKER, INSTITUTE));
        assertThat(none).contains("A UK participant").contains("Researchers see: No attribution");
        String all = page(get("/search").param("q", "thornbury"), organiser());
        assertThat(countOf(all, SPEAKER)).isEqualTo(4);
        String russianSide = page(get("/search").param("q", "thornbury").param("side", "RUSSIA"), organiser());
        assertThat(articles(russianSide)).singleElement().asString().contains("The Russian side");
    }

    @Test
    void the_page_speaks_russian_and_every_page_has_the_search_box() throws Exception {
        String page = page(get("/search").param("q", "thornbury").param("lang", "ru"), researcher());
        assertThat(page).contains("Поиск по высказываниям").contains("Искать «thornbury» среди рекомендаций")
                .contains("Найдено высказываний по запросу «thornbury»");
        String dashboard = page(get("/"), researcher());
        assertThat(dashboard).contains("action=\"/search\"").contains("aria-label=\"Search the site\"");
    }

    private String page(MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
        return mvc.perform(request.with(who).locale(Locale.ENGLISH)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    /** The hit cards of a page. */
    private static List<String> articles(String page) {
        List<String> articles = new ArrayList<>();
        int at = page.indexOf("<article");
        while (at >= 0) {
            int end = page.indexOf("</article>", at);
            articles.add(page.substring(at, end));
            at = page.indexOf("<article", end);
        }
        return articles;
    }

    private static int countOf(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    private static RequestPostProcessor researcher() {
        return user("researcher").roles("RESEARCHER");
    }

    private static RequestPostProcessor organiser() {
        return user("organiser").roles("ORGANISER");
    }
}
