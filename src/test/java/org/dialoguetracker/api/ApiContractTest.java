package org.dialoguetracker.api;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.mockmvc.MockMvcResponse;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.ValidationReport;
import org.dialoguetracker.support.ApiContract;
import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The API answers as its OpenAPI description says, for every operation, with a success and a refusal each, on data
 * that leaves null every field the API can leave null: a first status change (no {@code from}), an open follow-up
 * (no completion, no due date, no owner), a statement whose side and speaker the rule withholds, a meeting without
 * a host. Every answer here is also checked by {@link ApiContract}, which checks
 * those of the whole suite; this test makes sure each operation is reached whatever the other tests do, and that
 * the description declares what the records can leave null.
 */
@IntegrationTest
class ApiContractTest {

    /** Every operation of the description, as METHOD path; a new one must be added to the calls below. */
    private static final Set<String> OPERATIONS = Set.of("GET /api/meetings", "GET /api/topics",
            "GET /api/recommendations", "GET /api/recommendations/{id}");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    WebApplicationContext context;

    ApiFixtures fixtures;

    String u;

    long recommendation;

    @BeforeEach
    void setUp() {
        fixtures = new ApiFixtures(jdbc);
        u = ApiFixtures.unique();
        long closed = fixtures.meeting("Api contract round " + u, "NONE", LocalDate.of(1996, 2, 3));
        long speaker = fixtures.participant("Zz Contractspeaker " + u, null,
                fixtures.institution("Zz Contract Institute " + u), "RUSSIA");
        fixtures.attended(closed, speaker);
        recommendation = fixtures.recommendation(closed, "ZZ-API-CONTRACT-" + u.toUpperCase(), "PROPOSED",
                "A recommendation whose answer leaves every nullable field null " + u);
        fixtures.restsOn(recommendation, fixtures.statement(closed, "NONE", "RUSSIA", speaker,
                "A point made under the Chatham House Rule " + u));
        jdbc.update("""
                insert into follow_up_action (recommendation_id, description_en, status) values (?, ?, 'OPEN')""",
                recommendation, "A step nobody owns yet " + u);
        fixtures.tag(recommendation, fixtures.topic("zz-contract-" + u, null));
    }

    @AfterEach
    void tearDown() {
        fixtures.removeAll();
    }

    @Test
    void the_description_declares_what_the_records_can_leave_null() throws Exception {
        JsonNode schemas = description().get("components").get("schemas");
        List<String> notNullable = new ArrayList<>();
        for (String field : List.of("FollowUp.completedOn", "FollowUp.completionNote", "FollowUp.dueDate",
                "FollowUp.owner", "Statement.side", "Statement.speaker", "Statement.speakerInstitution",
                "StatusChange.from", "StatusChange.note", "StatusChange.changedBy", "Text.en", "Text.ru",
                "Meeting.host")) {
            String[] name = field.split("\\.");
            if (!nullable(schemas.get(name[0]).get("properties").get(name[1]))) {
                notNullable.add(field);
            }
        }
        assertThat(notNullable).as("fields the API can leave null, not declared nullable").isEmpty();
        assertThat(nullable(schemas.get("RecommendationDetails").get("properties").get("status")))
                .as("a field that is never null is not declared nullable").isFalse();
    }

    @Test
    void a_problem_documents_instance_is_not_declared_an_absolute_uri() throws Exception {
        JsonNode problem = description().get("components").get("schemas").get("Problem");
        assertThat(problem).as("the problem document's schema").isNotNull();
        JsonNode instance = problem.get("properties").get("instance");
        assertThat(instance.path("format").asString("")).as("instance is a path such as /api/recommendations/1")
                .isNotEqualTo("uri");
        String raw = call("/api/recommendations/999999999", researcher(), 404);
        assertThat(json.readTree(raw).get("instance").asString()).isEqualTo("/api/recommendations/999999999");
    }

    @Test
    void every_operation_answers_as_described_with_a_success_and_a_refusal() throws Exception {
        OpenApiInteractionValidator validator = ApiContract.validator(context);
        Set<String> described = new TreeSet<>();
        description().get("paths").properties().forEach(path -> path.getValue().propertyNames()
                .forEach(method -> described.add(method.toUpperCase() + " " + path.getKey())));
        assertThat(described).as("the operations this test calls").isEqualTo(new TreeSet<>(OPERATIONS));

        // GET /api/meetings
        checked(validator, "/api/meetings?year=1996", researcher(), 200);
        checked(validator, "/api/meetings?status=SOON", researcher(), 400);
        checked(validator, "/api/meetings", anonymous(), 401);
        // GET /api/topics
        String topics = checked(validator, "/api/topics", researcher(), 200);
        assertThat(topics).contains("zz-contract-" + u);
        checked(validator, "/api/topics", anonymous(), 401);
        // GET /api/recommendations
        String found = checked(validator, "/api/recommendations?q=" + u, researcher(), 200);
        assertThat(json.readTree(found).get("items").get(0).get("snippet").size()).isPositive();
        checked(validator, "/api/recommendations?topic=zz-contract-" + u + "&sort=REFERENCE", researcher(), 200);
        checked(validator, "/api/recommendations?feasibility=MAYBE", researcher(), 400);
        checked(validator, "/api/recommendations?page=abc", researcher(), 400);
        checked(validator, "/api/recommendations", anonymous(), 401);
        // GET /api/recommendations/{id}
        JsonNode details = json.readTree(checked(validator, "/api/recommendations/" + recommendation, researcher(),
                200));
        assertThat(details.get("timeline").get(0).get("from").isNull()).as("the first status change's from").isTrue();
        JsonNode followUp = details.get("followUps").get(0);
        assertThat(List.of(followUp.get("completedOn"), followUp.get("completionNote"), followUp.get("dueDate"),
                followUp.get("owner"))).allMatch(JsonNode::isNull);
        JsonNode statement = details.get("statements").get(0);
        assertThat(List.of(statement.get("side"), statement.get("speaker"), statement.get("speakerInstitution")))
                .as("withheld under the Chatham House Rule").allMatch(JsonNode::isNull);
        checked(validator, "/api/recommendations/" + recommendation, user("organiser").roles("ORGANISER"), 200);
        checked(validator, "/api/recommendations/999999999", researcher(), 404);
        checked(validator, "/api/recommendations/abc", researcher(), 400);
        checked(validator, "/api/recommendations/" + recommendation, anonymous(), 401);
    }

    @Test
    void the_validator_refuses_an_answer_that_breaks_the_description() throws Exception {
        OpenApiInteractionValidator validator = ApiContract.validator(context);
        MockHttpServletResponse response = mvc.perform(get("/api/recommendations/" + recommendation)
                .with(researcher())).andReturn().getResponse();
        String broken = response.getContentAsString(StandardCharsets.UTF_8)
                .replace("\"status\":\"PROPOSED\"", "\"status\":null");
        MockHttpServletResponse tampered = new MockHttpServletResponse();
        tampered.setStatus(200);
        tampered.setContentType("application/json");
        tampered.getWriter().write(broken);
        ValidationReport report = validator.validateResponse("/api/recommendations/" + recommendation,
                Request.Method.GET, MockMvcResponse.of(tampered));
        assertThat(report.hasErrors()).as("a null status, which the description does not allow").isTrue();
    }

    private String checked(OpenApiInteractionValidator validator, String path, RequestPostProcessor caller,
            int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(caller)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(status);
        ValidationReport report = validator.validateResponse(path.replaceAll("\\?.*", ""), Request.Method.GET,
                MockMvcResponse.of(response));
        assertThat(report.getMessages()).as("what %s answered, against /v3/api-docs", path)
                .noneMatch(message -> message.getLevel() == ValidationReport.Level.ERROR);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private String call(String path, RequestPostProcessor caller, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(caller)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(status);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private JsonNode description() throws Exception {
        String raw = call("/v3/api-docs", researcher(), 200);
        return json.readTree(raw);
    }

    /** Nullable as OpenAPI 3.0 says it, or as 3.1 does (a type list with "null"). */
    private static boolean nullable(JsonNode property) {
        if (property.path("nullable").asBoolean(false)) {
            return true;
        }
        for (JsonNode type : property.path("types")) {
            if ("null".equals(type.asString())) {
                return true;
            }
        }
        for (JsonNode type : property.path("type")) {
            if ("null".equals(type.asString())) {
                return true;
            }
        }
        for (JsonNode option : property.path("anyOf")) {
            if ("null".equals(option.path("type").asString(""))) {
                return true;
            }
        }
        return false;
    }

    private static RequestPostProcessor researcher() {
        return user("researcher").roles("RESEARCHER");
    }

    private static RequestPostProcessor anonymous() {
        return request -> request;
    }
}
