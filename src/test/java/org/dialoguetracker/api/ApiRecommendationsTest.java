package org.dialoguetracker.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.dialoguetracker.recommendation.AddressedTo;
import org.dialoguetracker.recommendation.Consensus;
import org.dialoguetracker.recommendation.Feasibility;
import org.dialoguetracker.recommendation.RecommendationQuery;
import org.dialoguetracker.recommendation.RecommendationSearch;
import org.dialoguetracker.recommendation.RecommendationSort;
import org.dialoguetracker.recommendation.RecommendationStatus;
import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * /api/recommendations gives what the browse page gives for the same parameters (the same search, the same counts),
 * with paging metadata that adds up; a bad parameter gets a 400 problem document naming it, an unknown id a 404 one;
 * /v3/api-docs describes the four routes and the bearer token.
 */
@IntegrationTest
class ApiRecommendationsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    RecommendationSearch search;

    ApiFixtures fixtures;

    String parent;

    String child;

    long meeting;

    long otherMeeting;

    @BeforeEach
    void setUp() {
        fixtures = new ApiFixtures(jdbc);
        String u = ApiFixtures.unique();
        parent = "zz-api-" + u;
        child = "zz-api-" + u + "-sub";
        long parentId = fixtures.topic(parent, null);
        long childId = fixtures.topic(child, parentId);
        meeting = fixtures.meeting("Api browse round " + u, "SIDE", LocalDate.of(1998, 4, 1));
        otherMeeting = fixtures.meeting("Api later round " + u, "SIDE", LocalDate.of(1998, 10, 1));
        String code = "ZZ-API-" + u.toUpperCase() + "-";
        long engagements = fixtures.recommendation(meeting, code + "01", "ADOPTED",
                "Pursue further military engagements through the OSCE.");
        long workingGroups = fixtures.recommendation(meeting, code + "02", "IN_PROGRESS",
                "Set up focused working groups with practitioners.");
        long practitioners = fixtures.recommendation(meeting, code + "03", "PROPOSED",
                "Widen the engagement of practitioners and officials.");
        fixtures.recommendation(meeting, code + "04", "ADOPTED", "Publish the report in both languages.");
        for (int i = 5; i <= 9; i++) {
            fixtures.recommendation(otherMeeting, code + "0" + i, "PROPOSED", "Keep talking, round " + i + ".");
        }
        long archived = fixtures.recommendation(meeting, code + "10", "ADOPTED", "An archived engagement.");
        jdbc.update("update recommendation set archived = true where id = ?", archived);
        fixtures.tag(engagements, parentId);
        fixtures.tag(workingGroups, childId);
        fixtures.tag(practitioners, childId);
        fixtures.tag(practitioners, parentId);
    }

    @AfterEach
    void tearDown() {
        fixtures.removeAll();
    }

    @Test
    void filters_and_search_give_what_the_browse_page_counts() throws Exception {
        String mine = "meeting=" + meeting + "&meeting=" + otherMeeting;
        assertTotal(mine, 9);
        assertTotal(mine + "&status=ADOPTED&status=IN_PROGRESS", 3);
        assertTotal("topic=" + parent, 3);
        assertTotal("topic=" + child, 2);
        assertTotal("topic=" + parent + "&status=PROPOSED", 1);
        assertTotal(mine + "&q=engagement", 2);
        assertTotal("meeting=" + otherMeeting + "&feasibility=REALISTIC&addressedTo=OSCE&consensus=CONSENSUS", 5);
        assertTotal("meeting=" + otherMeeting + "&feasibility=UNLIKELY", 0);
        assertTotal("topic=no-such-topic-" + parent, 0);
        // over the whole database too, whatever other tests left there: the same as the page and as plain SQL
        assertTotal("status=ADOPTED&status=IN_PROGRESS", independentCount("r.status in ('ADOPTED', 'IN_PROGRESS')"));
        assertTotal("q=engagement", independentCount("""
                (r.search_en @@ websearch_to_tsquery('english', 'engagement')
                 or r.search_ru @@ websearch_to_tsquery('russian', 'engagement'))"""));
        assertTotal("year=1998", independentCount("""
                exists (select 1 from recommendation_meeting rm join meeting m on m.id = rm.meeting_id
                         where rm.recommendation_id = r.id and extract(year from m.start_date) = 1998)"""));
    }

    @Test
    void the_search_marks_its_matches_and_finds_stemmed_words() throws Exception {
        JsonNode page = read("/api/recommendations?meeting=" + meeting + "&q=engagements");
        List<String> references = references(page);
        assertThat(references).hasSize(2).allMatch(reference -> reference.endsWith("-01") || reference.endsWith("-03"));
        JsonNode snippet = page.get("items").get(0).get("snippet");
        List<String> marked = new ArrayList<>();
        snippet.forEach(part -> {
            if (part.get("match").asBoolean()) {
                marked.add(part.get("text").asString().toLowerCase());
            }
        });
        assertThat(marked).isNotEmpty().allMatch(word -> word.startsWith("engagement"));
        assertThat(read("/api/recommendations?meeting=" + meeting).get("items").get(0).get("snippet").size())
                .as("no snippet without a search").isZero();
        for (String hostile : List.of("\"unbalanced", "a & | ! :*", "((", "-", "Доверие ✓ 🚀")) {
            assertThat(status("/api/recommendations?q=" + URLEncoder.encode(hostile, StandardCharsets.UTF_8)))
                    .as("q=%s", hostile).isEqualTo(200);
        }
    }

    @Test
    void pages_add_up_and_follow_the_chosen_order() throws Exception {
        String mine = "/api/recommendations?meeting=" + meeting + "&meeting=" + otherMeeting + "&sort=REFERENCE";
        Set<String> seen = new HashSet<>();
        List<String> inOrder = new ArrayList<>();
        for (int page = 0; page < 5; page++) {
            JsonNode answer = read(mine + "&size=2&page=" + page);
            assertThat(answer.get("page").asInt()).isEqualTo(page);
            assertThat(answer.get("size").asInt()).isEqualTo(2);
            assertThat(answer.get("totalElements").asLong()).isEqualTo(9);
            assertThat(answer.get("totalPages").asInt()).isEqualTo(5);
            assertThat(answer.get("items").size()).isEqualTo(page < 4 ? 2 : 1);
            inOrder.addAll(references(answer));
            seen.addAll(references(answer));
        }
        assertThat(seen).as("every recommendation once").hasSize(9);
        assertThat(inOrder).isSorted();
        JsonNode beyond = read(mine + "&size=2&page=50");
        assertThat(beyond.get("items").size()).isZero();
        assertThat(beyond.get("totalElements").asLong()).isEqualTo(9);
        JsonNode clamped = read(mine + "&size=100000&page=-3");
        assertThat(clamped.get("size").asInt()).isEqualTo(100);
        assertThat(clamped.get("page").asInt()).isZero();
    }

    @Test
    void bad_values_get_a_400_and_unknown_ids_a_404_problem_document() throws Exception {
        for (String query : List.of("status=SOON", "status=ADOPTED&status=SOON", "feasibility=maybe", "year=last",
                "meeting=99999999999999999999", "sort=RANDOM", "page=abc", "size=1e3", "addressedTo=NOBODY",
                "consensus=ALL")) {
            MockHttpServletResponse answer = call("/api/recommendations?" + query);
            assertThat(answer.getStatus()).as(query).isEqualTo(400);
            assertThat(answer.getContentType()).as(query).isEqualTo("application/problem+json");
            JsonNode problem = json.readTree(answer.getContentAsString(StandardCharsets.UTF_8));
            String parameter = query.substring(query.lastIndexOf('&') + 1, query.lastIndexOf('='));
            assertThat(problem.get("status").asInt()).isEqualTo(400);
            assertThat(problem.get("detail").asString()).as(query).contains("'" + parameter + "'")
                    .doesNotContain("Exception", "java.");
        }
        assertThat(json.readTree(call("/api/recommendations?status=SOON").getContentAsString()).get("detail")
                .asString()).contains("Accepted values: PROPOSED, UNDER_CONSIDERATION");
        assertThat(call("/api/meetings?status=DONE").getStatus()).isEqualTo(400);
        assertThat(call("/api/meetings?year=soon").getStatus()).isEqualTo(400);
        assertThat(call("/api/recommendations/abc").getStatus()).isEqualTo(400);

        for (String path : List.of("/api/recommendations/999999999", "/api/recommendations/-1")) {
            MockHttpServletResponse answer = call(path);
            assertThat(answer.getStatus()).as(path).isEqualTo(404);
            assertThat(answer.getContentType()).as(path).contains("json");
            assertThat(answer.getContentAsString()).as(path).doesNotContain("<html", "Exception");
        }
    }

    @Test
    void meetings_filter_by_year_and_status_with_their_counts() throws Exception {
        JsonNode page = read("/api/meetings?year=1998&status=REPORT_PUBLISHED&size=100");
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asLong()));
        assertThat(ids).contains(meeting, otherMeeting);
        page.get("items").forEach(item -> assertThat(item.get("startDate").asString()).startsWith("1998-"));
        JsonNode browse = find(page, meeting);
        assertThat(browse.get("recommendationCount").asLong()).as("live recommendations only").isEqualTo(4);
        assertThat(browse.get("statementCount").asLong()).isZero();
        assertThat(browse.get("attributionRule").asString()).isEqualTo("SIDE");
        assertThat(browse.get("format").asString()).isEqualTo("HYBRID");
        assertThat(browse.get("trackLevel").asString()).isEqualTo("TRACK_1_5");
        assertThat(browse.get("city").get("ru").asString()).isEqualTo("Апивиль");
        assertThat(browse.get("endDate").asString()).isEqualTo("1998-04-02");
        assertThat(read("/api/meetings?year=1998&status=PLANNED&size=100").get("items").findValues("id")
                .stream().map(JsonNode::asLong).toList()).doesNotContain(meeting, otherMeeting);
        assertThat(read("/api/meetings").get("totalElements").asLong())
                .isEqualTo(jdbc.queryForObject("select count(*) from meeting", Long.class));
    }

    @Test
    void topics_come_as_a_tree_with_their_counts() throws Exception {
        JsonNode tree = read("/api/topics");
        JsonNode mine = null;
        for (JsonNode root : tree) {
            if (root.get("slug").asString().equals(parent)) {
                mine = root;
            }
        }
        assertThat(mine).as("the fixture's top-level topic").isNotNull();
        assertThat(mine.get("recommendationCount").asLong()).as("tagged with it").isEqualTo(2);
        assertThat(mine.get("recommendationCountWithSubtopics").asLong()).as("with its subtopic, once each")
                .isEqualTo(3);
        assertThat(mine.get("children").size()).isEqualTo(1);
        JsonNode sub = mine.get("children").get(0);
        assertThat(sub.get("slug").asString()).isEqualTo(child);
        assertThat(sub.get("recommendationCount").asLong()).isEqualTo(2);
        assertThat(sub.get("name").get("ru").asString()).startsWith("Тестовая тема");
        assertThat(mine.get("recommendationCountWithSubtopics").asLong())
                .isEqualTo(read("/api/recommendations?topic=" + parent).get("totalElements").asLong());
    }

    @Test
    void the_openapi_description_lists_the_four_routes_and_the_bearer_token() throws Exception {
        JsonNode docs = read("/v3/api-docs");
        Set<String> paths = new HashSet<>();
        docs.get("paths").propertyNames().forEach(paths::add);
        assertThat(paths).containsExactlyInAnyOrder("/api/meetings", "/api/topics", "/api/recommendations",
                "/api/recommendations/{id}");
        JsonNode bearer = docs.get("components").get("securitySchemes").get(ApiDocs.BEARER);
        assertThat(bearer.get("type").asString()).isEqualTo("http");
        assertThat(bearer.get("scheme").asString()).isEqualTo("bearer");
        assertThat(docs.get("security").toString()).contains(ApiDocs.BEARER);
        JsonNode list = docs.get("paths").get("/api/recommendations").get("get");
        List<String> parameters = list.get("parameters").findValues("name").stream().map(JsonNode::asString)
                .toList();
        assertThat(parameters).contains("topic", "status", "feasibility", "addressedTo", "consensus", "meeting",
                "year", "q", "sort", "page", "size");
        assertThat(list.get("responses").propertyNames()).contains("200", "400", "401");
        assertThat(docs.get("paths").get("/api/recommendations/{id}").get("get").get("responses").propertyNames())
                .contains("404");
        assertThat(docs.get("info").get("title").asString()).isEqualTo("Dialogue Tracker API");
    }

    /** The API's total for a query equals the browse page's (the same search service) and, given, plain SQL's. */
    private void assertTotal(String query, long expected) throws Exception {
        JsonNode answer = read("/api/recommendations?" + query + "&size=3");
        long total = answer.get("totalElements").asLong();
        assertThat(total).as("totalElements of ?%s", query).isEqualTo(expected);
        assertThat(answer.get("totalPages").asInt()).as("totalPages of ?%s", query)
                .isEqualTo((int) Math.ceil(expected / 3.0));
        assertThat(answer.get("items").size()).as("items of ?%s", query).isEqualTo((int) Math.min(3, expected));
        assertThat(search.browse(query(query), 0, 3).facets().total()).as("the browse page's count of ?%s", query)
                .isEqualTo(total);
    }

    private long independentCount(String condition) {
        return jdbc.queryForObject("select count(*) from recommendation r where not r.archived and " + condition,
                Long.class);
    }

    /** The query the browse page binds from these parameters. */
    private static RecommendationQuery query(String parameters) {
        Set<String> topic = new HashSet<>();
        Set<RecommendationStatus> status = new HashSet<>();
        Set<Feasibility> feasibility = new HashSet<>();
        Set<AddressedTo> addressedTo = new HashSet<>();
        Set<Consensus> consensus = new HashSet<>();
        Set<Long> meeting = new HashSet<>();
        Set<Integer> year = new HashSet<>();
        String q = null;
        for (String pair : parameters.split("&")) {
            String name = pair.substring(0, pair.indexOf('='));
            String value = pair.substring(pair.indexOf('=') + 1);
            switch (name) {
                case "topic" -> topic.add(value);
                case "status" -> status.add(RecommendationStatus.valueOf(value));
                case "feasibility" -> feasibility.add(Feasibility.valueOf(value));
                case "addressedTo" -> addressedTo.add(AddressedTo.valueOf(value));
                case "consensus" -> consensus.add(Consensus.valueOf(value));
                case "meeting" -> meeting.add(Long.valueOf(value));
                case "year" -> year.add(Integer.valueOf(value));
                case "q" -> q = value;
                default -> throw new IllegalArgumentException(name);
            }
        }
        return new RecommendationQuery(topic, status, feasibility, addressedTo, consensus, meeting, year, q,
                RecommendationSort.NEWEST);
    }

    private JsonNode read(String path) throws Exception {
        MockHttpServletResponse answer = call(path);
        assertThat(answer.getStatus()).as(path).isEqualTo(200);
        return json.readTree(answer.getContentAsString(StandardCharsets.UTF_8));
    }

    private int status(String path) throws Exception {
        return call(path).getStatus();
    }

    private MockHttpServletResponse call(String path) throws Exception {
        return mvc.perform(get(path).with(user("researcher").roles("RESEARCHER"))).andReturn().getResponse();
    }

    private static List<String> references(JsonNode page) {
        return page.get("items").findValues("reference").stream().map(JsonNode::asString).toList();
    }

    private static JsonNode find(JsonNode page, long id) {
        for (JsonNode item : page.get("items")) {
            if (item.get("id").asLong() == id) {
                return item;
            }
        }
        throw new AssertionError("meeting " + id + " not listed");
    }
}
