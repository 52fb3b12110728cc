package org.dialoguetracker.hardening;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every route of the application against every role, from the request mappings themselves: a route without a line
 * in {@link #RULES} fails the build, and so does a line that no route matches any more.
 *
 * <p>Each route is requested as an anonymous visitor, a researcher, an organiser and an admin. A refused role must
 * get the 403 page (signed in) or the way to the login page (anonymous); an allowed role anything but 401/403 and
 * never a 5xx. Path variables name records of the demo data; GETs carry no parameters; POSTs carry the CSRF token and
 * no parameters, so that every form fails its validation and saves nothing, which the test checks on the domain
 * tables. The POSTs that change data even without parameters are marked {@code changes}: they are sent about a
 * throw-away set of records (see {@link HardeningFixtures#fresh()}), a fresh one for each allowed role.
 */
@IntegrationTest
class AuthorizationMatrixTest {

    /**
     * Who may use each route: {@code ANON} everyone, signed in or not; {@code ALL} researchers, organisers and admins;
     * {@code ORGANISER} organisers and admins; {@code ADMIN} admins. {@code changes} marks a POST that changes data
     * without any parameter (archive, delete, move, merge...); {@code api} a route of the JSON API, which answers an
     * anonymous caller 401 with a JSON problem document instead of sending it to the login page; {@code own} a POST
     * that acts on the caller's own record only (a personal access token): the throw-away record is the
     * researcher's, so the other roles get the 404 anyone gets for somebody else's. It follows
     * {@code SecurityConfiguration} and the role
     * table of PRODUCT.md: reading is for every signed-in role, forms and organisers' tools (paths ending in new,
     * edit, merge, move, status, complete, cancel, archive, history, attendance, minutes), people and every change
     * for organisers and admins, {@code /admin/**} for admins. The form login and logout are Spring Security's
     * filters, not mappings. A meeting's report (HTML and PDF) is open to researchers when the meeting's report is
     * published, which the demo meeting's is.
     */
    static final String RULES = """
            GET  /                                                      ALL
            GET  /admin/audit                                           ADMIN
            GET  /analysis/feasibility                                  ALL
            GET  /admin/backup.json                                     ADMIN
            GET  /admin/import                                          ADMIN
            POST /admin/import                                          ADMIN
            GET  /admin/import/preview                                  ADMIN
            POST /admin/import/apply                                    ADMIN
            POST /admin/import/discard                                  ADMIN
            GET  /admin/import/backup                                   ADMIN
            POST /admin/import/backup                                   ADMIN
            GET  /admin/users                                           ADMIN
            POST /admin/users                                           ADMIN
            GET  /admin/users/new                                       ADMIN
            GET  /admin/users/{id}/edit                                 ADMIN
            POST /admin/users/{id}/edit                                 ADMIN
            POST /admin/users/{id}/password                             ADMIN
            GET  /dialogues                                             ALL
            POST /dialogues                                             ORGANISER
            GET  /dialogues/new                                         ORGANISER
            GET  /dialogues/{id}/edit                                   ORGANISER
            POST /dialogues/{id}/edit                                   ORGANISER
            GET  /export/recommendations.csv                            ALL
            GET  /export/recommendations.xlsx                           ALL
            GET  /follow-ups                                            ALL
            GET  /follow-ups/{id}/cancel                                ORGANISER
            POST /follow-ups/{id}/cancel                                ORGANISER
            GET  /follow-ups/{id}/complete                              ORGANISER
            POST /follow-ups/{id}/complete                              ORGANISER
            GET  /follow-ups/{id}/edit                                  ORGANISER
            POST /follow-ups/{id}/edit                                  ORGANISER
            GET  /institutions                                          ALL
            POST /institutions                                          ORGANISER
            GET  /institutions/new                                      ORGANISER
            GET  /institutions/{id}/edit                                ORGANISER
            POST /institutions/{id}/edit                                ORGANISER
            GET  /login                                                 ANON
            GET  /meetings                                              ALL
            POST /meetings                                              ORGANISER
            GET  /meetings/new                                          ORGANISER
            GET  /meetings/{id}                                         ALL
            GET  /meetings/{id}/briefing                                ALL
            GET  /meetings/{id}/briefing.pdf                            ALL
            GET  /meetings/{id}/edit                                    ORGANISER
            POST /meetings/{id}/edit                                    ORGANISER
            POST /meetings/{id}/held                                    ORGANISER  changes
            GET  /meetings/{id}/history                                 ORGANISER
            GET  /meetings/{id}/report                                  ALL
            GET  /meetings/{id}/report.pdf                              ALL
            GET  /meetings/{id}/report/draft                            ORGANISER
            POST /meetings/{id}/report/draft                            ORGANISER
            GET  /meetings/{id}/report/draft/change                     ORGANISER
            POST /meetings/{id}/report/draft/comments                   ORGANISER
            POST /meetings/{id}/report/draft/correction                 ORGANISER
            POST /meetings/{id}/report/draft/publish                    ORGANISER
            GET  /meetings/{id}/report/draft/regenerate                 ORGANISER
            POST /meetings/{id}/report/draft/regenerate                 ORGANISER
            POST /meetings/{id}/report/draft/resolution                 ORGANISER
            POST /meetings/{id}/report/draft/sign                       ORGANISER
            POST /meetings/{id}/report/draft/text                       ORGANISER
            GET  /meetings/{id}/report/editions                         ALL
            GET  /meetings/{id}/report/editions/{n}                     ALL
            GET  /meetings/{id}/report/editions/{n}.docx                ALL
            GET  /meetings/{id}/report/editions/{n}.pdf                 ALL
            POST /meetings/{meetingId}/agenda                           ORGANISER
            GET  /meetings/{meetingId}/agenda/new                       ORGANISER
            POST /meetings/{meetingId}/agenda/{itemId}/delete           ORGANISER  changes
            GET  /meetings/{meetingId}/agenda/{itemId}/edit             ORGANISER
            POST /meetings/{meetingId}/agenda/{itemId}/edit             ORGANISER
            POST /meetings/{meetingId}/agenda/{itemId}/move             ORGANISER  changes
            GET  /meetings/{meetingId}/attendance                       ORGANISER
            POST /meetings/{meetingId}/attendance                       ORGANISER
            GET  /meetings/{meetingId}/attendance/invite-previous       ORGANISER
            POST /meetings/{meetingId}/attendance/invite-previous       ORGANISER
            GET  /meetings/{meetingId}/attendance/mark-attended         ORGANISER
            POST /meetings/{meetingId}/attendance/mark-attended         ORGANISER
            POST /meetings/{meetingId}/attendance/participants          ORGANISER
            POST /meetings/{meetingId}/attendance/{attendanceId}        ORGANISER
            POST /meetings/{meetingId}/attendance/{attendanceId}/delete ORGANISER  changes
            GET  /meetings/{meetingId}/minutes                          ORGANISER
            POST /meetings/{meetingId}/recommendations                  ORGANISER
            GET  /meetings/{meetingId}/recommendations/new              ORGANISER
            POST /meetings/{meetingId}/statements                       ORGANISER
            POST /meetings/{meetingId}/statements/{statementId}/delete  ORGANISER  changes
            GET  /meetings/{meetingId}/statements/{statementId}/edit    ORGANISER
            POST /meetings/{meetingId}/statements/{statementId}/edit    ORGANISER
            GET  /participants                                          ORGANISER
            POST /participants                                          ORGANISER
            GET  /participants/new                                      ORGANISER
            GET  /participants/{id}                                     ORGANISER
            POST /participants/{id}/archive                             ORGANISER  changes
            POST /participants/{id}/delete                              ORGANISER  changes
            GET  /participants/{id}/edit                                ORGANISER
            POST /participants/{id}/edit                                ORGANISER
            POST /participants/{id}/unarchive                           ORGANISER  changes
            GET  /recommendations                                       ALL
            GET  /recommendations/{id}                                  ALL
            POST /recommendations/{id}/archive                          ORGANISER  changes
            GET  /recommendations/{id}/edit                             ORGANISER
            POST /recommendations/{id}/edit                             ORGANISER
            GET  /recommendations/{id}/history                          ORGANISER
            GET  /recommendations/{id}/status                           ORGANISER
            POST /recommendations/{id}/status                           ORGANISER
            POST /recommendations/{id}/unarchive                        ORGANISER  changes
            POST /recommendations/{recommendationId}/follow-ups         ORGANISER
            GET  /recommendations/{recommendationId}/follow-ups/new     ORGANISER
            GET  /topics                                                ALL
            POST /topics                                                ORGANISER
            GET  /topics/new                                            ORGANISER
            GET  /topics/{slug}                                         ALL
            GET  /topics/{slug}/edit                                    ORGANISER
            POST /topics/{slug}/edit                                    ORGANISER
            GET  /topics/{slug}/merge                                   ORGANISER
            GET  /topics/{slug}/positions                               ALL
            POST /topics/{slug}/merge                                   ORGANISER  changes
            # search: full-text search over statements, a read page for every role
            GET  /search                                                ALL
            # JSON API, its OpenAPI description, and the profile page where personal access tokens are made
            GET  /api/meetings                                          ALL        api
            GET  /api/recommendations                                   ALL        api
            GET  /api/recommendations/{id}                              ALL        api
            GET  /api/topics                                            ALL        api
            GET  /v3/api-docs                                           ALL        api
            GET  /v3/api-docs.yaml                                      ALL        api
            GET  /profile                                               ALL
            GET  /profile/sign-ins                                      ALL
            POST /profile/tokens                                        ALL
            POST /profile/tokens/{id}/revoke                            ALL        changes own
            # guest reviewers: a meeting's reviewers page for organisers, and the review link, which anyone holding it
            # may use, signed in or not (its token is the credential; GuestReviewMatrixTest refuses it everywhere else)
            GET  /meetings/{id}/report/reviewers                        ORGANISER
            POST /meetings/{id}/report/reviewers                        ORGANISER
            POST /meetings/{id}/report/reviewers/{invitationId}/revoke  ORGANISER  changes
            GET  /review/{token}                                        ANON
            POST /review/{token}/comments                               ANON
            # notifications (issue 15): the outbox for admins; one's own mail preferences; a mail's unsubscribe link for
            # anyone holding it, signed in or not (its signed token is what it acts on: the fixture's unsubscribes a
            # fixture address, no domain record)
            GET  /admin/outbox                                          ADMIN
            GET  /admin/outbox/{id}                                     ADMIN
            GET  /admin/outbox/{id}/attachments/{attachmentId}          ADMIN
            POST /admin/outbox/run                                      ADMIN
            POST /profile/notifications                                 ALL
            GET  /unsubscribe/{token}                                   ANON
            POST /unsubscribe/{token}                                   ANON
            # documents: a download for every signed-in role (the service refuses, 403, what the reader may not read; the
            # demo agenda is for researchers), earlier versions for organisers; uploads under their meeting,
            # recommendation or follow-up action, and the organisers' changes, all refused without a file or version
            GET  /documents/{id}                                        ALL
            GET  /documents/{id}/versions/{n}                           ORGANISER
            POST /documents/{id}/access                                 ORGANISER
            POST /documents/{id}/delete                                 ORGANISER
            POST /documents/{id}/replace                                ORGANISER
            POST /follow-ups/{id}/documents                             ORGANISER
            POST /meetings/{id}/documents                               ORGANISER
            POST /recommendations/{id}/documents                        ORGANISER
            # bench: the ceiling page, no database work
            GET  /about                                                 ALL
            """;

    /**
     * Cases known to fail, each a reported bug, as {@code "CALLER METHOD pattern"}. When one is fixed, the test fails
     * until its line is removed.
     */
    static final Set<String> KNOWN_FAILURES = Set.of();

    /**
     * Pages that send their reader elsewhere while there is nothing to show (no import waiting for a preview; no edit
     * or section named for a report draft's difference pages, which go back to the draft).
     */
    static final Set<String> REDIRECTS_WHEN_IDLE = Set.of("GET /admin/import/preview",
            "GET /meetings/{id}/report/draft/change", "GET /meetings/{id}/report/draft/regenerate");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    HardeningFixtures fixtures;

    Probe probe;

    /** Time spent on each route, to name the slowest. */
    final Map<String, Long> nanos = new LinkedHashMap<>();

    @BeforeEach
    void setUp() {
        fixtures = new HardeningFixtures(jdbc);
        probe = new Probe(mvc);
    }

    @AfterEach
    void removeFixtures() {
        fixtures.removeAll();
    }

    @Test
    void every_route_has_a_rule_and_every_rule_a_route() {
        Map<String, Rule> rules = rules();
        Set<String> routes = new TreeSet<>();
        Route.all(context).forEach(route -> routes.add(route.key()));

        Set<String> withoutRule = new TreeSet<>(routes);
        withoutRule.removeAll(rules.keySet());
        assertThat(withoutRule)
                .as("""
                        These routes have no rule in AuthorizationMatrixTest.RULES. Add a line for each, saying who \
                        may use it (ANON, ALL, ORGANISER or ADMIN, and `changes` for a POST that changes data without \
                        any parameter), and make SecurityConfiguration enforce it""")
                .isEmpty();

        Set<String> stale = new TreeSet<>(rules.keySet());
        stale.removeAll(routes);
        assertThat(stale).as("These lines of AuthorizationMatrixTest.RULES match no route any more: remove them")
                .isEmpty();
    }

    @Test
    void every_role_gets_exactly_what_the_rule_of_each_route_allows() {
        Map<String, Rule> rules = rules();
        List<Route> routes = Route.all(context).stream().filter(route -> rules.containsKey(route.key())).toList();
        List<String> failures = new ArrayList<>();
        long started = System.nanoTime();

        // Everything that reads, or fails its validation without parameters: about the demo records.
        RecordIds demo = fixtures.demo();
        Map<String, String> before = fixtures.fingerprint();
        for (Route route : routes) {
            if (!rules.get(route.key()).changes()) {
                for (Caller caller : Caller.values()) {
                    check(route, rules.get(route.key()), caller, demo, failures);
                }
            }
        }
        assertThat(fixtures.fingerprint()).as("the domain tables after every reading and every empty form")
                .isEqualTo(before);

        // What changes data: refused roles about one throw-away set, each allowed role about a fresh one.
        for (Route route : routes) {
            Rule rule = rules.get(route.key());
            if (rule.changes()) {
                RecordIds throwAway = fixtures.fresh();
                Map<String, String> untouched = fixtures.fingerprint();
                for (Caller caller : Caller.values()) {
                    if (!rule.access().allows(caller)) {
                        check(route, rule, caller, throwAway, failures);
                    }
                }
                assertThat(fixtures.fingerprint()).as("the domain tables after the refused calls of %s", route.key())
                        .isEqualTo(untouched);
                for (Caller caller : Caller.values()) {
                    if (rule.access().allows(caller)) {
                        check(route, rule, caller, fixtures.fresh(), failures);
                    }
                }
            }
        }

        System.out.printf("[matrix] %d routes x %d roles: %d requests in %.1f s; slowest: %s%n", routes.size(),
                Caller.values().length, probe.sent(), (System.nanoTime() - started) / 1e9,
                nanos.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(5)
                        .map(entry -> entry.getKey() + String.format(" %.1f s", entry.getValue() / 1e9)).toList());
        List<String> unexpected = failures.stream().filter(failure -> !KNOWN_FAILURES.contains(key(failure))).toList();
        List<String> fixed = KNOWN_FAILURES.stream()
                .filter(known -> failures.stream().noneMatch(failure -> key(failure).equals(known))).toList();
        assertThat(unexpected).as("routes that answer a role against their rule").isEmpty();
        assertThat(fixed).as("known failures that pass now: remove them from KNOWN_FAILURES").isEmpty();
    }

    /**
     * No route answers PUT, PATCH or DELETE. The security configuration refuses them (403) except under
     * {@code /admin/**}, {@code /participants/**} and {@code /login}, whose rules come first and name no method:
     * there Spring MVC answers 405, as no mapping takes them. Either is a refusal.
     */
    @Test
    void every_other_method_is_refused_even_to_an_admin() {
        Set<String> patterns = new TreeSet<>();
        Route.all(context).forEach(route -> patterns.add(route.pattern()));
        RecordIds demo = fixtures.demo();
        List<String> failures = new ArrayList<>();
        for (String pattern : patterns) {
            String path = new Route("GET", pattern, null).expand(demo);
            for (HttpMethod method : List.of(HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE)) {
                Probe.Outcome outcome = probe.send(request(method, path).with(csrf()).with(Caller.ADMIN.signedIn()));
                if (outcome.status() != 403 && outcome.status() != 405) {
                    failures.add("ADMIN " + method + " " + pattern + ": " + outcome.describe());
                }
            }
        }
        assertThat(failures).as("methods no route declares").isEmpty();
    }

    /**
     * The security configuration takes every GET path ending in history, status, archive, minutes, edit… for an
     * organiser's page, so a topic slugged like one would be refused to researchers: the topic form refuses such
     * slugs, and none is in the database.
     */
    @Test
    void no_topic_takes_a_slug_that_names_an_organiser_page() throws Exception {
        for (String slug : List.of("history", "status", "minutes", "archive", "edit")) {
            int before = jdbc.queryForObject("select count(*) from topic", Integer.class);
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/topics")
                    .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                    .with(Caller.ORGANISER.signedIn())
                    .param("slug", slug).param("nameEn", "Reserved " + slug).param("nameRu", "Зарезервировано")
                    .param("position", "0"));
            assertThat(jdbc.queryForObject("select count(*) from topic", Integer.class)).as(slug).isEqualTo(before);
        }
        assertThat(jdbc.queryForObject("""
                select count(*) from topic where slug in ('new', 'edit', 'merge', 'move', 'status', 'complete', 'cancel',
                                                          'archive', 'history', 'attendance', 'minutes')""",
                Integer.class)).isZero();
    }

    private void check(Route route, Rule rule, Caller caller, RecordIds ids, List<String> failures) {
        String path = route.expand(ids);
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(route.method()), path);
        if (!route.isGet()) {
            request.with(csrf());
        }
        if (caller != Caller.ANONYMOUS) {
            request.with(caller.signedIn());
        }
        long started = System.nanoTime();
        Probe.Outcome outcome = probe.send(request);
        nanos.merge(route.key(), System.nanoTime() - started, Long::sum);
        String problem = null;
        if (outcome.isServerError()) {
            problem = "server error";
        }
        else if (rule.access().allows(caller) && outcome.isRefused()) {
            problem = "refused, but its rule is " + rule.access();
        }
        else if (rule.access().allows(caller) && route.isGet() && outcome.status() != 200
                && !(REDIRECTS_WHEN_IDLE.contains(route.key()) && outcome.status() == 302 && !outcome.redirectsToLogin())) {
            // the demo records exist, so a page its rule allows is shown, not a 404
            problem = "not shown, though its rule is " + rule.access();
        }
        else if (rule.access().allows(caller) && outcome.status() == 404
                && !(rule.own() && caller != Caller.RESEARCHER)) {
            // every path names existing records: a 404 would mean the handler was never really tried
            problem = "not found, though its records exist";
        }
        else if (!rule.access().allows(caller) && caller == Caller.ANONYMOUS && rule.api()
                && !(outcome.status() == 401 && outcome.isJson())) {
            problem = "not answered 401 in JSON, but it is an API route and its rule is " + rule.access();
        }
        else if (!rule.access().allows(caller) && caller == Caller.ANONYMOUS && !rule.api()
                && !outcome.redirectsToLogin()) {
            problem = "not sent to the login page, but its rule is " + rule.access();
        }
        else if (!rule.access().allows(caller) && caller != Caller.ANONYMOUS && outcome.status() != 403) {
            problem = "not refused with 403, but its rule is " + rule.access();
        }
        if (problem != null) {
            failures.add(caller + " " + route.key() + " -> " + path + ": " + problem + ": " + outcome.describe());
        }
    }

    /** A failure's {@code "CALLER METHOD pattern"}, as {@link #KNOWN_FAILURES} lists it. */
    private static String key(String failure) {
        return failure.substring(0, failure.indexOf(" -> "));
    }

    /** {@link #RULES} read line by line, skipping {@code #} comments; a line that does not read fails the test. */
    static Map<String, Rule> rules() {
        Map<String, Rule> rules = new LinkedHashMap<>();
        for (String line : RULES.strip().split("\\R")) {
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue; // a comment naming the feature of the lines below it
            }
            String[] words = line.strip().split("\\s+");
            List<String> flags = words.length < 3 ? List.of() : List.of(words).subList(3, words.length);
            if (words.length < 3 || !Rule.FLAGS.containsAll(flags)) {
                throw new IllegalArgumentException("Cannot read the rule line: " + line);
            }
            Rule previous = rules.put(words[0] + " " + words[1], new Rule(Access.valueOf(words[2]),
                    flags.contains("changes"), flags.contains("api"), flags.contains("own")));
            if (previous != null) {
                throw new IllegalArgumentException("Two rules for " + words[0] + " " + words[1]);
            }
        }
        return rules;
    }

    record Rule(Access access, boolean changes, boolean api, boolean own) {

        static final Set<String> FLAGS = Set.of("changes", "api", "own");
    }

    enum Access {
        ANON(EnumSet.allOf(Caller.class)),
        ALL(EnumSet.of(Caller.RESEARCHER, Caller.ORGANISER, Caller.ADMIN)),
        ORGANISER(EnumSet.of(Caller.ORGANISER, Caller.ADMIN)),
        ADMIN(EnumSet.of(Caller.ADMIN));

        private final Set<Caller> allowed;

        Access(Set<Caller> allowed) {
            this.allowed = allowed;
        }

        boolean allows(Caller caller) {
            return allowed.contains(caller);
        }
    }

    enum Caller {
        ANONYMOUS, RESEARCHER, ORGANISER, ADMIN;

        RequestPostProcessor signedIn() {
            return user(name().toLowerCase(Locale.ROOT)).roles(name());
        }
    }
}
