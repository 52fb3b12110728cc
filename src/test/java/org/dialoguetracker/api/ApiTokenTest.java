package org.dialoguetracker.api;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * A researcher's personal access token, from its creation on the profile page to its revocation: it reads the API
 * without any session, it writes nothing anywhere, only its hash is stored, and it stops working once revoked, for a
 * deactivated owner, or past its last day; nobody else can revoke it.
 */
@IntegrationTest
class ApiTokenTest {

    private static final Pattern SHOWN_SECRET = Pattern.compile(
            "id=\"new-token-secret\"[^>]*value=\"(dtpat_[A-Za-z0-9_-]{43})\"");

    private static final List<String> READS = List.of("/api/recommendations", "/api/meetings", "/api/topics",
            "/api/recommendations/{id}", "/api/recommendations?status=ADOPTED&status=IN_PROGRESS&q=engagement",
            "/v3/api-docs");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    ApiFixtures fixtures;

    long recommendation;

    @BeforeEach
    void setUp() {
        fixtures = new ApiFixtures(jdbc);
        recommendation = jdbc.queryForObject("select min(id) from recommendation where not archived", Long.class);
    }

    @AfterEach
    void tearDown() {
        fixtures.removeAll();
    }

    @Test
    void a_researchers_token_made_on_the_profile_page_reads_writes_nothing_and_dies_when_revoked() throws Exception {
        Cookie session = signIn("researcher");
        String name = "Notebook " + ApiFixtures.unique();

        // made on the profile page, and shown once
        MockHttpServletResponse created = mvc.perform(post("/profile/tokens").cookie(session).with(csrf())
                .param("name", name)).andReturn().getResponse();
        assertThat(created.getStatus()).isEqualTo(302);
        assertThat(created.getRedirectedUrl()).startsWith("/profile");
        String page = mvc.perform(get("/profile").cookie(session)).andReturn().getResponse()
                .getContentAsString();
        Matcher shown = SHOWN_SECRET.matcher(page);
        assertThat(shown.find()).as("the new token's secret on the page after the creation").isTrue();
        String secret = shown.group(1);
        assertThat(page).contains(name);
        assertThat(mvc.perform(get("/profile").cookie(session)).andReturn().getResponse().getContentAsString())
                .as("the profile page shown again").doesNotContain(secret).contains(name)
                .contains(secret.substring(0, ApiTokens.PREFIX_LENGTH));

        // only its hash is kept: neither the token's row nor any session holds the secret
        long id = jdbc.queryForObject("select id from api_token where name = ?", Long.class, name);
        assertThat(jdbc.queryForObject("select token_hash from api_token where id = ?", String.class, id))
                .isEqualTo(ApiTokens.hash(secret)).hasSize(64).doesNotContain(secret);
        assertThat(jdbc.queryForObject("select count(*) from api_token t where strpos(t::text, ?) > 0",
                Integer.class, secret.substring(ApiTokens.PREFIX_LENGTH))).as("rows holding the secret").isZero();
        assertThat(jdbc.queryForObject("""
                select count(*) from spring_session_attributes where position(convert_to(?, 'UTF8') in attribute_bytes) > 0""",
                Integer.class, secret)).as("session attributes holding the secret").isZero();

        // it reads, with no session at all, and leaves none behind
        assertThat(jdbc.queryForObject("select last_used_at from api_token where id = ?", Object.class, id)).isNull();
        for (String path : READS) {
            MockHttpServletResponse answer = bearer(get(path.replace("{id}", String.valueOf(recommendation))), secret);
            assertThat(answer.getStatus()).as(path).isEqualTo(200);
            assertThat(answer.getContentType()).as(path).contains("json");
            assertThat(answer.getHeader(HttpHeaders.SET_COOKIE)).as("cookies set by %s", path).isNull();
        }
        assertThat(jdbc.queryForObject("select last_used_at from api_token where id = ?", Object.class, id))
                .as("the token's last use").isNotNull();

        // it writes nothing: not through the API, not through the pages' forms
        int meetings = count("meeting");
        int tokens = count("api_token");
        for (HttpMethod method : List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE)) {
            for (String path : List.of("/api/recommendations", "/api/recommendations/" + recommendation,
                    "/api/meetings")) {
                MockHttpServletResponse answer = bearer(request(method, path).with(csrf()), secret);
                assertThat(answer.getStatus()).as("%s %s", method, path).isIn(403, 405);
                assertThat(answer.getContentType()).as("%s %s", method, path).contains("json");
            }
        }
        long dialogue = jdbc.queryForObject("select min(id) from dialogue", Long.class);
        MockHttpServletResponse form = bearer(post("/meetings").with(csrf()).param("dialogueId", String.valueOf(dialogue))
                .param("titleEn", "Written with a token " + name).param("startDate", "2030-01-01")
                .param("endDate", "2030-01-02").param("format", "ONLINE").param("trackLevel", "TRACK_2")
                .param("attributionRule", "SIDE"), secret);
        assertThat(form.getStatus()).as("POST /meetings with only the token").isEqualTo(302);
        assertThat(form.getRedirectedUrl()).as("POST /meetings with only the token").endsWith("/login");
        MockHttpServletResponse anotherToken = bearer(post("/profile/tokens").with(csrf()).param("name", "By token"),
                secret);
        assertThat(anotherToken.getRedirectedUrl()).as("POST /profile/tokens with only the token").endsWith("/login");
        assertThat(count("meeting")).isEqualTo(meetings);
        assertThat(count("api_token")).isEqualTo(tokens);

        // a wrong token, or none, gets the JSON 401 whatever path it asks for
        String lastCharacterChanged = secret.substring(0, secret.length() - 1) + (secret.endsWith("A") ? "B" : "A");
        for (String wrong : List.of(secret + "x", lastCharacterChanged, "", "dtpat_")) {
            MockHttpServletResponse answer = bearer(get("/api/topics"), wrong);
            assertThat(answer.getStatus()).as("token '%s'", wrong).isEqualTo(401);
            assertThat(answer.getContentType()).contains("json");
            assertThat(answer.getHeader(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
        }
        assertThat(mvc.perform(get("/api/meetings")).andReturn().getResponse().getStatus()).isEqualTo(401);

        // nobody else can revoke it
        for (String other : List.of("organiser", "admin")) {
            assertThat(mvc.perform(post("/profile/tokens/" + id + "/revoke").with(csrf())
                    .with(user(other).roles(other.toUpperCase()))).andReturn().getResponse().getStatus())
                    .as("%s revoking the researcher's token", other).isEqualTo(404);
        }
        assertThat(bearer(get("/api/topics"), secret).getStatus()).isEqualTo(200);

        // its owner revokes it, and from then on it opens nothing
        MockHttpServletResponse revoked = mvc.perform(post("/profile/tokens/" + id + "/revoke").cookie(session)
                .with(csrf())).andReturn().getResponse();
        assertThat(revoked.getRedirectedUrl()).isEqualTo("/profile");
        assertThat(jdbc.queryForObject("select revoked_at from api_token where id = ?", Object.class, id)).isNotNull();
        for (String path : READS) {
            assertThat(bearer(get(path.replace("{id}", String.valueOf(recommendation))), secret).getStatus())
                    .as("%s with the revoked token", path).isEqualTo(401);
        }
        assertThat(mvc.perform(get("/profile").cookie(session)).andReturn().getResponse().getContentAsString())
                .contains("revoked");

        // the audit trail shows both
        String trail = mvc.perform(get("/admin/audit").param("user", "researcher").param("kind", "ACCOUNT")
                .with(user("admin").roles("ADMIN"))).andReturn().getResponse().getContentAsString();
        String prefix = secret.substring(0, ApiTokens.PREFIX_LENGTH);
        assertThat(trail).contains("created API token &quot;" + name + "&quot; (" + prefix)
                .contains("revoked API token &quot;" + name + "&quot; (" + prefix);
    }

    @Test
    void a_token_needs_a_name_of_at_most_100_characters_and_a_last_day_after_today() throws Exception {
        Cookie session = signIn("researcher");
        int before = count("api_token");
        for (String[] fields : List.of(new String[] { "", "" }, new String[] { "   ", "" },
                new String[] { "y".repeat(101), "" }, new String[] { "Yesterday's", "2000-01-01" },
                new String[] { "Impossible day", "2031-02-30" })) {
            String page = mvc.perform(post("/profile/tokens").cookie(session).with(csrf()).param("name", fields[0])
                    .param("expiresOn", fields[1])).andReturn().getResponse().getContentAsString();
            assertThat(page).as("name '%s', last day '%s'", fields[0], fields[1]).contains("is-invalid")
                    .containsAnyOf("Give the token a name.", "At most 100 characters.", "Choose a day after today.",
                            "Enter a date as YYYY-MM-DD.")
                    .doesNotContain("new-token-secret");
        }
        mvc.perform(get("/profile").param("lang", "ru").cookie(session));
        String russian = mvc.perform(post("/profile/tokens").cookie(session).with(csrf()).param("name", ""))
                .andReturn().getResponse().getContentAsString();
        assertThat(russian).contains("Дайте токену название.").contains("Персональные токены доступа");
        assertThat(count("api_token")).isEqualTo(before);
    }

    @Test
    void a_token_stops_working_when_its_owner_is_deactivated_or_its_last_day_has_passed() throws Exception {
        long analyst = fixtures.user("zz.api.analyst." + ApiFixtures.unique(), "RESEARCHER");
        String secret = ApiFixtures.secret();
        fixtures.token(analyst, secret);
        assertThat(bearer(get("/api/meetings"), secret).getStatus()).isEqualTo(200);
        jdbc.update("update app_user set active = false where id = ?", analyst);
        assertThat(bearer(get("/api/meetings"), secret).getStatus()).as("owner deactivated").isEqualTo(401);
        jdbc.update("update app_user set active = true where id = ?", analyst);
        assertThat(bearer(get("/api/meetings"), secret).getStatus()).as("owner active again").isEqualTo(200);
        jdbc.update("update api_token set expires_at = now() - interval '1 second' where token_hash = ?",
                ApiTokens.hash(secret));
        assertThat(bearer(get("/api/meetings"), secret).getStatus()).as("past its last day").isEqualTo(401);
    }

    private MockHttpServletResponse bearer(MockHttpServletRequestBuilder request, String secret) throws Exception {
        return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, "Bearer " + secret)).andReturn().getResponse();
    }

    private Cookie signIn(String username) throws Exception {
        Cookie session = mvc.perform(formLogin("/login").user(username).password("demo")).andReturn().getResponse()
                .getCookie("SESSION");
        assertThat(session).as("the session cookie of %s's login", username).isNotNull();
        return session;
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }
}
