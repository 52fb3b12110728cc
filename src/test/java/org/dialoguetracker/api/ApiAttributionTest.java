package org.dialoguetracker.api;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The attribution rule holds in the API as on the pages: a recommendation resting on statements from meetings held
 * under NONE, SIDE and NAMED reaches a researcher (by token or by session) with no speaker and no side from the NONE
 * meeting and no speaker from the SIDE one, which the raw JSON does not contain anywhere; organisers get everything
 * that was recorded. Attendees are never listed, and a follow-up's owner reaches researchers as an institution.
 */
@IntegrationTest
class ApiAttributionTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    ApiFixtures fixtures;

    String u;

    long recommendation;

    long chathamHouse;

    long sides;

    long onTheRecord;

    @BeforeEach
    void setUp() {
        fixtures = new ApiFixtures(jdbc);
        u = ApiFixtures.unique();
        chathamHouse = fixtures.meeting("Api closed round " + u, "NONE", LocalDate.of(1997, 3, 4));
        sides = fixtures.meeting("Api sides round " + u, "SIDE", LocalDate.of(1997, 6, 5));
        onTheRecord = fixtures.meeting("Api open round " + u, "NAMED", LocalDate.of(1997, 9, 6));
        long hidden = fixtures.participant("Zz Hiddenspeaker " + u, "Скрытов " + u,
                fixtures.institution("Zz Hidden Institute " + u), "RUSSIA");
        long sideOnly = fixtures.participant("Zz Sideonlyspeaker " + u, "Сторонов " + u,
                fixtures.institution("Zz Sideonly Institute " + u), "UK");
        long named = fixtures.participant("Zz Namedspeaker " + u, "Названов " + u,
                fixtures.institution("Zz Named Institute " + u), "UK");
        long owner = fixtures.participant("Zz Owneronly " + u, null, fixtures.institution("Zz Owner Institute " + u),
                "UK");
        fixtures.attended(chathamHouse, hidden);
        fixtures.attended(sides, sideOnly);
        fixtures.attended(onTheRecord, named);
        recommendation = fixtures.recommendation(chathamHouse, "ZZ-API-ATTR-" + u.toUpperCase(), "ADOPTED",
                "A recommendation resting on points made under three rules.");
        fixtures.alsoFrom(recommendation, sides);
        fixtures.alsoFrom(recommendation, onTheRecord);
        fixtures.restsOn(recommendation, fixtures.statement(chathamHouse, "NONE", "RUSSIA", hidden,
                "A point made under the Chatham House Rule " + u));
        fixtures.restsOn(recommendation, fixtures.statement(sides, "SIDE", "UK", sideOnly,
                "A point attributed to a side " + u));
        fixtures.restsOn(recommendation, fixtures.statement(onTheRecord, "NAMED", "BOTH", named,
                "A point made on the record " + u));
        fixtures.followUpOwnedBy(recommendation, owner, "A step carried by a person " + u);
    }

    @AfterEach
    void tearDown() {
        fixtures.removeAll();
    }

    @Test
    void a_researcher_gets_no_speaker_or_side_that_a_meetings_rule_withholds() throws Exception {
        String secret = ApiFixtures.secret();
        fixtures.token("researcher", secret);
        for (RequestPostProcessor researcher : List.of(bearer(secret), user("researcher").roles("RESEARCHER"))) {
            String raw = read("/api/recommendations/" + recommendation, researcher);
            Map<String, JsonNode> statements = statementsByText(raw);

            JsonNode closed = statements.get("A point made under the Chatham House Rule " + u);
            assertThat(closed.get("attribution").asString()).isEqualTo("NONE");
            assertThat(closed.get("side").isNull()).as("side under NONE").isTrue();
            assertThat(closed.get("speaker").isNull()).as("speaker under NONE").isTrue();
            assertThat(closed.get("speakerInstitution").isNull()).as("affiliation under NONE").isTrue();

            JsonNode side = statements.get("A point attributed to a side " + u);
            assertThat(side.get("attribution").asString()).isEqualTo("SIDE");
            assertThat(side.get("side").asString()).isEqualTo("UK");
            assertThat(side.get("speaker").isNull()).as("speaker under SIDE").isTrue();
            assertThat(side.get("speakerInstitution").isNull()).as("affiliation under SIDE").isTrue();

            JsonNode open = statements.get("A point made on the record " + u);
            assertThat(open.get("side").asString()).isEqualTo("BOTH");
            assertThat(open.get("speaker").get("en").asString()).isEqualTo("Zz Namedspeaker " + u);
            assertThat(open.get("speaker").get("ru").asString()).isEqualTo("Названов " + u);
            assertThat(open.get("speakerInstitution").get("en").asString()).isEqualTo("Zz Named Institute " + u);

            assertThat(raw).as("the raw JSON a researcher gets")
                    .doesNotContain("Hiddenspeaker", "Скрытов", "Hidden Institute", "RUSSIA")
                    .doesNotContain("Sideonlyspeaker", "Сторонов", "Sideonly Institute")
                    .doesNotContain("Zz Owneronly")
                    .contains("Zz Owner Institute " + u);

            String meetings = read("/api/meetings?year=1997&size=100", researcher);
            assertThat(meetings).contains("Api closed round " + u, "Api sides round " + u, "Api open round " + u)
                    .doesNotContain("Hiddenspeaker", "Sideonlyspeaker", "Namedspeaker", "Owneronly", "Скрытов");
            String found = read("/api/recommendations?meeting=" + chathamHouse, researcher);
            assertThat(found).contains("ZZ-API-ATTR-").doesNotContain("Hiddenspeaker", "RUSSIA");
        }
    }

    @Test
    void organisers_and_admins_get_what_was_recorded() throws Exception {
        for (String role : List.of("organiser", "admin")) {
            String raw = read("/api/recommendations/" + recommendation, user(role).roles(role.toUpperCase()));
            Map<String, JsonNode> statements = statementsByText(raw);
            JsonNode closed = statements.get("A point made under the Chatham House Rule " + u);
            assertThat(closed.get("side").asString()).as(role).isEqualTo("RUSSIA");
            assertThat(closed.get("speaker").get("en").asString()).as(role).isEqualTo("Zz Hiddenspeaker " + u);
            assertThat(statements.get("A point attributed to a side " + u).get("speaker").get("en").asString())
                    .as(role).isEqualTo("Zz Sideonlyspeaker " + u);
            assertThat(raw).as(role).contains("Zz Hidden Institute " + u, "Zz Owneronly " + u);
            // attendee lists are organisers' business on the pages, not the API's
            assertThat(read("/api/meetings?year=1997&size=100", user(role).roles(role.toUpperCase())))
                    .doesNotContain("Hiddenspeaker", "Namedspeaker");
        }
    }

    private String read(String path, RequestPostProcessor caller) throws Exception {
        var response = mvc.perform(get(path).with(caller)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private Map<String, JsonNode> statementsByText(String raw) {
        JsonNode statements = json.readTree(raw).get("statements");
        assertThat(statements.size()).as("the recommendation's statements").isEqualTo(3);
        Map<String, JsonNode> byText = new HashMap<>();
        statements.forEach(statement -> byText.put(statement.get("text").get("en").asString(), statement));
        return byText;
    }

    private static RequestPostProcessor bearer(String secret) {
        return request -> {
            request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + secret);
            return request;
        };
    }
}
