package org.dialoguetracker.hardening;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.dialoguetracker.hardening.AuthorizationMatrixTest.Access;
import org.dialoguetracker.hardening.AuthorizationMatrixTest.Caller;
import org.dialoguetracker.hardening.AuthorizationMatrixTest.Rule;
import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * The guest-token matrix (issue 14): a guest reviewer holds a link's token, and whatever came back from visiting it
 * (cookies), and nothing else. Every route of {@link AuthorizationMatrixTest#RULES}, requested with all of it (the
 * cookies, the token as a query parameter, a header and a bearer token), is refused: a page sends the guest to the
 * login page, the API answers 401, as for anyone without an account; only the review routes of that link are
 * answered, and the public login page is what it is for everyone. A signed-in user's session adds nothing under
 * {@code /review/**}: it is the link's guest there, and refused what the guest is refused. Tricks with the path are
 * refused, and the link's token opens its own meeting's draft only.
 */
@IntegrationTest
class GuestReviewMatrixTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    HardeningFixtures fixtures;

    Probe probe;

    RecordIds demo;

    String token;

    @BeforeEach
    void setUp() {
        fixtures = new HardeningFixtures(jdbc);
        probe = new Probe(mvc);
        demo = fixtures.demo();
        token = demo.get(RecordIds.REVIEW);
    }

    @AfterEach
    void removeFixtures() {
        fixtures.removeAll();
    }

    @Test
    void every_route_but_the_review_routes_refuses_a_guest_whatever_they_send() throws Exception {
        // what the guest holds: whatever cookies the link's answer left (the application leaves the CSRF cookie of
        // /review; once a MockMvc test has sent csrf() to /review, Spring Security's test support keeps that token in
        // a session instead, so a session cookie may come back here too: all of it is sent along below)
        MvcResult visit = mvc.perform(get("/review/{token}", token)).andReturn();
        assertThat(visit.getResponse().getStatus()).as("the link itself").isEqualTo(200);
        Cookie[] cookies = visit.getResponse().getCookies();
        assertThat(visit.getResponse().getContentAsString()).contains("Hardening Reviewer");

        Map<String, Rule> rules = AuthorizationMatrixTest.rules();
        List<String> failures = new ArrayList<>();
        // the throw-away records of the routes that change data are made first, so that nothing changes after this
        Map<Route, String> paths = new java.util.LinkedHashMap<>();
        for (Route route : Route.all(context)) {
            Rule rule = rules.get(route.key());
            if (rule != null && !route.pattern().startsWith("/review/")) {
                paths.put(route, route.expand(rule.changes() ? fixtures.fresh() : demo));
            }
        }
        Map<String, String> before = fixtures.fingerprint();
        int checked = 0;
        for (Map.Entry<Route, String> entry : paths.entrySet()) {
            Route route = entry.getKey();
            Rule rule = rules.get(route.key());
            String path = entry.getValue();
            MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(route.method()), path)
                    .queryParam("token", token).header("X-Review-Token", token)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
            if (cookies.length > 0) {
                request.cookie(cookies);
            }
            if (!route.isGet()) {
                request.with(csrf());
            }
            Probe.Outcome outcome = probe.send(request);
            checked++;
            String problem = null;
            if (outcome.isServerError()) {
                problem = "server error";
            }
            else if (rule.access() == Access.ANON) {
                if (outcome.status() != 200) {
                    problem = "a public page, but not shown as to anyone";
                }
            }
            else if (rule.api() && !(outcome.status() == 401 && outcome.isJson())) {
                problem = "an API route not answered 401";
            }
            else if (!rule.api() && !outcome.redirectsToLogin()) {
                problem = "not sent to the login page";
            }
            if (problem != null) {
                failures.add(route.key() + " -> " + path + ": " + problem + ": " + outcome.describe());
            }
        }
        assertThat(checked).as("routes checked").isGreaterThan(90);
        assertThat(failures).as("routes that answered a guest's token").isEmpty();
        assertThat(fixtures.fingerprint()).as("the domain tables after the guest's requests").isEqualTo(before);
    }

    @Test
    void a_signed_in_session_adds_nothing_under_review_and_path_tricks_are_refused() throws Exception {
        String meeting = demo.get(RecordIds.MEETINGS);
        for (Caller caller : List.of(Caller.ADMIN, Caller.ORGANISER, Caller.RESEARCHER)) {
            // the link's page is the guest's, whoever is signed in
            MockHttpServletResponse page = mvc.perform(get("/review/{token}", token).with(caller.signedIn()))
                    .andReturn().getResponse();
            assertThat(page.getStatus()).as(caller.name()).isEqualTo(200);
            assertThat(page.getContentAsString()).as(caller.name()).contains("Hardening Reviewer")
                    .doesNotContain("/admin/users", "/meetings/" + meeting + "/edit", "/logout");
            // and nothing else under /review is theirs: not another path, not an unknown token
            for (String path : List.of("/review", "/review/", "/review/" + token + "/edit",
                    "/review/" + token + "/comments", "/review/" + token + "/meetings/" + meeting)) {
                int status = mvc.perform(get(path).with(caller.signedIn())).andReturn().getResponse().getStatus();
                assertThat(status).as(caller + " GET " + path).isIn(403, 404);
            }
            assertThat(mvc.perform(get("/review/{token}", HardeningFixtures.reviewToken()).with(caller.signedIn())
                    .with(request -> {
                        request.setRemoteAddr("198.19.0." + (1 + caller.ordinal()));
                        return request;
                    })).andReturn().getResponse().getStatus()).isEqualTo(404);
        }

        List<String> tricks = List.of("/review/" + token + "/../meetings/" + meeting,
                "/review/" + token + "/%2e%2e/meetings/" + meeting, "/review/" + token + "/..;/meetings/" + meeting,
                "/review/" + token + "/comments/../../../meetings/" + meeting, "/review/" + token + "//comments",
                "/review/" + token + ";jsessionid=x", "/review/" + token + "/", "/review/" + token + "%2F..%2Fadmin",
                "/review/./" + token, "/review/" + token + "/comments/",
                "/meetings/" + meeting + "?review=" + token);
        for (String trick : tricks) {
            Probe.Outcome outcome = probe.send(get(java.net.URI.create(trick)));
            assertThat(outcome.isServerError()).as(trick + ": " + outcome.describe()).isFalse();
            assertThat(outcome.status() == 400 || outcome.isRefused() || outcome.status() == 404
                    || outcome.redirectsToLogin()).as(trick + ": " + outcome.describe()).isTrue();
            assertThat(outcome.body()).as(trick).doesNotContain("Hardening Reviewer");
        }
        // the comments route takes POST only, with the CSRF token of the link's cookie
        assertThat(mvc.perform(post("/review/{token}/comments", token).param("body", "no CSRF")).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
    }

    /**
     * A signed-in user who opens a review link stays signed in, with the same session, wherever else they are: the
     * guest's authentication applies no session strategy (a new session id against fixation would have signed them
     * out of every other tab, as the XSS browser test found).
     */
    @Test
    void opening_a_review_link_leaves_a_signed_in_users_session_alone() throws Exception {
        Cookie session = mvc.perform(formLogin("/login").user("organiser").password("demo")).andReturn()
                .getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        MockHttpServletResponse review = mvc.perform(get("/review/{token}", token).cookie(session)).andReturn()
                .getResponse();
        assertThat(review.getStatus()).isEqualTo(200);
        assertThat(review.getCookie("SESSION")).as("a session cookie set by the review link").isNull();
        MockHttpServletResponse after = mvc.perform(get("/meetings").cookie(session)).andReturn().getResponse();
        assertThat(after.getStatus()).as("the organiser's next page, after the review link").isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = 'organiser'",
                Integer.class)).isPositive();
    }

    @Test
    void a_token_opens_its_own_meetings_draft_only() throws Exception {
        // another meeting's draft, with a section: a comment on it through this link is not found and saves nothing
        long other = jdbc.queryForObject("select min(id) from meeting where id <> ?", Long.class,
                demo.id(RecordIds.MEETINGS));
        fixtures.draft(other);
        long foreignSection = jdbc.queryForObject("""
                select s.id from report_section s join report_draft d on d.id = s.draft_id
                 where d.meeting_id = ? and s.kind = 'SUMMARY'""", Long.class, other);
        int comments = jdbc.queryForObject("select count(*) from report_comment", Integer.class);
        MockHttpServletResponse refused = mvc.perform(post("/review/{token}/comments", token).with(csrf())
                .param("sectionId", String.valueOf(foreignSection)).param("body", "Into another meeting"))
                .andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(404);
        assertThat(refused.getContentAsString()).contains("There is no draft to review")
                .doesNotContain("Into another meeting");
        // a reply to a comment of another section of the same draft is not taken either
        assertThat(jdbc.queryForObject("select count(*) from report_comment", Integer.class)).isEqualTo(comments);

        // the other meeting's pages are refused to the guest as every page is (the matrix above); and a link to the
        // other meeting opens that meeting's draft, not this one's
        String otherToken = HardeningFixtures.reviewToken();
        fixtures.invitation(other, otherToken);
        String mine = mvc.perform(get("/review/{token}", token)).andReturn().getResponse().getContentAsString();
        String theirs = mvc.perform(get("/review/{token}", otherToken)).andReturn().getResponse().getContentAsString();
        assertThat(mine).contains("section-" + jdbc.queryForObject("""
                select s.id from report_section s join report_draft d on d.id = s.draft_id
                 where d.meeting_id = ? and s.kind = 'SUMMARY'""", Long.class, demo.id(RecordIds.MEETINGS)))
                .doesNotContain("section-" + foreignSection + "\"");
        assertThat(theirs).contains("section-" + foreignSection + "\"");
    }
}
