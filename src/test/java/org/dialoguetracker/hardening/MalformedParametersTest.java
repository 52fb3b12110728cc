package org.dialoguetracker.hardening;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.Cookie;

import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.util.UriUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Hostile values in every parameter of every page never give a server error or show an exception: for every GET
 * route (found from the request mappings, as in {@link AuthorizationMatrixTest}) each {@code @RequestParam} of its
 * handler and of its controller's {@code @ModelAttribute} methods, and each path variable, gets empty, negative,
 * huge, non-numeric, NUL, 5,000-character, SQL-ish, script, Cyrillic-and-emoji, path-traversal and JSON-ish values,
 * and repeated parameters; the interface's {@code ?lang=} gets a few on every page. An admin sends them, who may
 * reach every page, in a session signed in through the login form as a browser's is. 400, 404, 200 and redirects
 * are all fine answers; 5xx is not, nor a body that names an exception or shows a stack trace. Then a series of
 * forms is posted with crafted enum values, unknown or non-numeric ids, impossible dates and over-long text, about
 * throw-away records: none may give a 5xx, and none may save anything.
 */
@IntegrationTest
class MalformedParametersTest {

    static final String LONG = "x".repeat(5000);

    static final List<String> HOSTILE = List.of("", "-1", "0", "99999999999999999999", "2147483647", "abc", "\u0000",
            "%00", LONG, "' or 1=1 --", "<script>alert(1)</script>", "Доверие ✓ 🚀", "../../etc/passwd",
            "{\"a\":1}", "2024-02-30", "proposed", "true");

    /** What a field of a query record gets on a route after the first that binds that record: one of each kind. */
    static final List<String> SAMPLE = List.of("", "-1", "abc", "\u0000", LONG, "<script>alert(1)</script>");

    /** Repeated parameters: a value followed by a hostile one, and the other way round. */
    static final List<List<String>> REPEATED = List.of(List.of("1", "abc"), List.of("' or 1=1 --", "0"));

    /** The interface language switch, on every page. */
    static final List<String> HOSTILE_LANGUAGES = List.of("", "xx", "\u0000", LONG);

    /**
     * Pages that show the audit trail's events, whose summaries name the exception of a failed login
     * ("failed login: BadCredentialsException", written by {@code SecurityAuditListener}): there the word
     * "Exception" is content, and only a stack trace counts as a leak.
     */
    static final Set<String> AUDIT_PAGES = Set.of("GET /admin/audit", "GET /admin/backup.json");

    /**
     * Requests not sent at all, as {@code "GET pattern parameter=value"}, because of what they would do to the test
     * JVM. (Once page=2147483647 on /admin/audit built a pager of two billion links and ran out of memory; the pager
     * now stays around the last page, see {@link #a_page_far_past_the_last_shows_a_short_pager()}.)
     */
    static final Set<String> NOT_SENT = Set.of();

    /**
     * Requests known to give a server error, each a reported bug: {@code "GET pattern parameter"} for a page's
     * parameter or path variable, {@code "POST pattern field,field..."} for a hostile form. When one is fixed, the
     * test fails until its line is removed.
     */
    static final Set<String> KNOWN_FAILURES = Set.of();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    HardeningFixtures fixtures;

    Probe probe;

    /** The admin's session, signed in through the login form as a browser is: sessions live in PostgreSQL. */
    Cookie session;

    @BeforeEach
    void setUp() throws Exception {
        fixtures = new HardeningFixtures(jdbc);
        probe = new Probe(mvc);
        session = mvc.perform(formLogin("/login").user("admin").password("demo")).andReturn().getResponse()
                .getCookie("SESSION");
        assertThat(session).as("the session cookie of the admin's login").isNotNull();
    }

    @AfterEach
    void removeFixtures() {
        fixtures.removeAll();
    }

    @Test
    void no_hostile_value_in_any_parameter_of_any_page_gives_a_server_error() {
        RecordIds demo = fixtures.demo();
        List<Failure> failures = new ArrayList<>();
        long started = System.nanoTime();
        int parameters = 0;
        List<Route> routes = Route.all(context).stream().filter(Route::isGet).toList();
        Map<String, Long> nanos = new LinkedHashMap<>();
        // the query records (RecommendationQuery…) that a route before has had every hostile value in: on the next
        // route that binds the same record (the API, the exports, the analysis of the list), each of its fields gets
        // the SAMPLE, since binding it is the same code (an XLSX per request made this sweep a sixth of a CI run)
        Set<Class<?>> sweptRecords = new HashSet<>();
        for (Route route : routes) {
            long routeStarted = System.nanoTime();
            String path = route.expand(demo);
            // the page as it is, for comparison: a failure here is no hostile value's doing
            send(route, "(none)", get(URI.create(path)), "", failures);
            Set<String> parameterNames = requestParameters(route.handler());
            Map<String, Class<?>> recordFields = recordFields(route.handler());
            for (String parameter : parameterNames) {
                parameters++;
                boolean sweptBefore = sweptRecords.contains(recordFields.get(parameter));
                for (String value : sweptBefore ? SAMPLE : HOSTILE) {
                    if (!NOT_SENT.contains(route.key() + " " + parameter + "=" + value)) {
                        send(route, parameter, get(URI.create(path)).queryParam(parameter, value), value, failures);
                    }
                }
                for (List<String> values : REPEATED) {
                    send(route, parameter, get(URI.create(path)).queryParam(parameter, values.toArray(String[]::new)),
                            String.join(" & ", values), failures);
                }
            }
            for (String variable : route.pathVariables()) {
                parameters++;
                for (String value : HOSTILE) {
                    String hostilePath = route.expand((name, collection) -> name.equals(variable)
                            ? UriUtils.encodePathSegment(value, StandardCharsets.UTF_8)
                            : demo.of(name, collection));
                    send(route, "{" + variable + "}", get(URI.create(hostilePath)), value, failures);
                }
            }
            if (!parameterNames.contains("lang")) {
                for (String language : HOSTILE_LANGUAGES) {
                    send(route, "lang", get(URI.create(path)).queryParam("lang", language), language, failures);
                }
            }
            sweptRecords.addAll(recordFields.values());
            nanos.put(route.key(), System.nanoTime() - routeStarted);
        }
        System.out.printf("[malformed] %d GET routes, %d parameters and path variables: %d requests in %.1f s; "
                + "slowest: %s%n", routes.size(), parameters, probe.sent(), (System.nanoTime() - started) / 1e9,
                nanos.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(5)
                        .map(entry -> entry.getKey() + String.format(" %.1f s", entry.getValue() / 1e9)).toList());
        assertNoUnexpectedFailures(failures, "GET ");
    }

    /**
     * A page number far past the last page shows the page's own few links (or no page at all), not one link for
     * every page between the last and the requested one.
     */
    @Test
    void a_page_far_past_the_last_shows_a_short_pager() {
        assertThat(jdbc.queryForObject("select count(*) from recommendation where not archived", Integer.class))
                .as("recommendations for two pages of one").isGreaterThan(1);
        Probe.Outcome outcome = probe.send(get("/recommendations").queryParam("size", "1").queryParam("page", "500")
                .cookie(session));
        int links = outcome.body().split("class=\"page-link\"", -1).length - 1;
        assertThat(links).as("page links on /recommendations?size=1&page=500 (%s)", outcome.describe())
                .isLessThanOrEqualTo(9);
    }

    @Test
    void hostile_forms_never_give_a_server_error_and_save_nothing() {
        RecordIds f = fixtures.fresh();
        String marker = "Hostile" + HardeningFixtures.unique();
        long dialogue = jdbc.queryForObject("select dialogue_id from meeting where id = ?", Long.class,
                f.id(RecordIds.MEETINGS));
        long topic = jdbc.queryForObject("select id from topic where slug = ?", Long.class, f.get(RecordIds.TOPICS));
        String meeting = "/meetings/" + f.get(RecordIds.MEETINGS);
        String item = meeting + "/agenda/" + f.get(RecordIds.AGENDA);
        String recommendation = "/recommendations/" + f.get(RecordIds.RECOMMENDATIONS);
        String followUp = "/follow-ups/" + f.get(RecordIds.FOLLOW_UPS);
        String topicPath = "/topics/" + f.get(RecordIds.TOPICS);
        String user = "/admin/users/" + f.get(RecordIds.USERS);
        String researcher = String.valueOf(jdbc.queryForObject("select id from app_user where username = 'researcher'",
                Long.class));
        // an organiser of the Russian side, offered as the UK lead
        String russianLead = String.valueOf(jdbc.queryForObject(
                "select id from app_user where username = 'organiser-ru'", Long.class));
        String unknown = "999999999";
        String huge = "y".repeat(100_000);
        // 100 characters: within the password policy's 128, beyond the 72 bytes BCrypt can hash; the policy should
        // refuse it next to the field (saving nothing) rather than let the encoder fail
        String longPassword = "Correct-horse-battery-staple-1".repeat(4).substring(0, 100);
        Map<String, String> before = fixtures.fingerprint();

        List<Posted> forms = List.of(
                form("/meetings", "dialogueId", "abc", "hostInstitutionId", "99999999999999999999", "startDate",
                        "2024-02-30", "endDate", "31/12/2024", "format", "TELEPATHY", "trackLevel", "TRACK_3",
                        "attributionRule", "EVERYONE", "institutionsListedWithConsent", "maybe", "titleEn", marker + LONG,
                        "version", "abc"),
                form("/meetings", "dialogueId", String.valueOf(dialogue), "hostInstitutionId", unknown, "startDate",
                        "1990-01-01", "endDate", "1990-01-02", "format", "ONLINE", "trackLevel", "TRACK_2",
                        "attributionRule", "SIDE", "institutionsListedWithConsent", "true", "titleEn", marker),
                form(meeting + "/edit", "dialogueId", "-1", "hostInstitutionId", "-1", "startDate", "1990-01-02",
                        "endDate", "1990-01-01", "format", "ONLINE", "trackLevel", "TRACK_2", "attributionRule",
                        "NAMED", "status", "REPORT_PUBLISHED", "titleEn", marker, "version", "-1"),
                form("/meetings/abc/held"),
                form("/meetings/99999999999999999999/held"),
                form("/meetings/" + unknown + "/held"),
                form("/dialogues", "nameEn", marker + LONG, "trackLevel", "TRACK_3", "organiserIds", "abc",
                        "ukLeadId", "abc", "russiaLeadId", "99999999999999999999"),
                form("/dialogues", "nameEn", marker, "trackLevel", "TRACK_2", "organiserIds", unknown, "ukLeadId",
                        researcher),
                form("/dialogues", "nameEn", marker, "trackLevel", "TRACK_2", "ukLeadId", russianLead),
                form("/dialogues/" + dialogue + "/edit", "nameEn", marker, "trackLevel", "TRACK_2", "ukLeadId",
                        russianLead, "russiaLeadId", unknown, "version", "0"),
                form("/dialogues/" + dialogue + "/edit", "nameEn", huge, "trackLevel", "TRACK_2", "version", "abc"),
                form("/dialogues/abc/edit", "nameEn", marker, "trackLevel", "TRACK_2", "version", "0"),
                form(meeting + "/agenda", "titleEn", marker, "topicIds", unknown, "topicIds", "abc"),
                form(meeting + "/agenda", "titleEn", marker, "topicIds", unknown),
                form(item + "/edit", "titleEn", marker, "topicIds", unknown, "version", "0"),
                form(item + "/edit", "titleEn", huge, "descriptionEn", huge, "version", "abc"),
                form(item + "/move", "step", "abc"),
                form(item + "/move", "step", "99999999999999999999"),
                form(meeting + "/statements", "kind", "SHOUT", "side", "MARS", "attribution", "GOD", "speakerId", "-1",
                        "agendaItemId", "99999999999999999999", "topicIds", "1e3", "textEn", marker),
                form(meeting + "/statements", "kind", "POSITION", "side", "UK", "attribution", "NAMED", "speakerId",
                        unknown, "agendaItemId", unknown, "topicIds", unknown, "textEn", marker),
                form(meeting + "/statements/" + f.get(RecordIds.STATEMENTS) + "/edit", "kind", "POSITION", "side",
                        "UK", "attribution", "NAMED", "speakerId", unknown, "agendaItemId", unknown, "topicIds",
                        unknown, "textEn", marker, "version", "0"),
                form(meeting + "/recommendations", "reference", "' OR 1=1 --", "meetingIds", "99999999999999999999",
                        "topicIds", "abc", "addressedTo", "NOBODY", "feasibility", "MAYBE", "consensus", "ALL",
                        "statementIds", "-1", "titleEn", marker),
                form(meeting + "/recommendations", "reference", "ZZ-" + marker.toUpperCase(), "meetingIds", unknown,
                        "topicIds", unknown, "statementIds", unknown, "addressedTo", "OSCE", "feasibility", "POSSIBLE",
                        "consensus", "CONSENSUS", "titleEn", marker),
                form(recommendation + "/edit", "reference", "lower case", "meetingIds", "-1", "topicIds", "-1",
                        "addressedTo", "OSCE", "feasibility", "POSSIBLE", "consensus", "CONSENSUS", "titleEn", marker,
                        "version", "0"),
                form(recommendation + "/status", "status", "IMPLEMENTED_YESTERDAY", "note", "<script>alert(1)</script>",
                        "version", "-1"),
                form(recommendation + "/status", "status", "ADOPTED", "note", huge, "version", "0"),
                form(recommendation + "/follow-ups", "descriptionEn", marker, "ownerParticipantId", unknown, "dueDate",
                        "2024-13-45", "status", "DONE_IT"),
                form(recommendation + "/follow-ups", "descriptionEn", marker, "ownerParticipantId", unknown),
                form(recommendation + "/follow-ups", "descriptionEn", marker, "ownerInstitutionId", unknown),
                form(followUp + "/edit", "descriptionEn", marker, "ownerParticipantId", "-1", "ownerInstitutionId",
                        "abc", "ownerText", huge, "version", "0"),
                form(followUp + "/complete", "completionNote", huge, "completedOn", "abc", "version", "x"),
                form(followUp + "/cancel", "note", huge, "version", "99999999999999999999"),
                form(meeting + "/attendance", "participantId", "abc", "status", "GONE", "role", "KING"),
                form(meeting + "/attendance", "participantId", unknown, "status", "INVITED", "role", "PARTICIPANT"),
                form(meeting + "/attendance/participants", "participant.nameLatin", marker, "participant.side", "MARS",
                        "participant.capacity", "GOD", "participant.institutionId", "abc", "status", "INVITED",
                        "role", "CHAIR"),
                form(meeting + "/attendance/participants", "participant.nameLatin", marker, "participant.side", "UK",
                        "participant.capacity", "EXPERT", "participant.institutionId", unknown, "status", "INVITED",
                        "role", "CHAIR"),
                form(meeting + "/attendance/" + f.get(RecordIds.ATTENDANCE), "status", "GONE", "role", "KING",
                        "version", "abc"),
                form(topicPath + "/merge", "targetId", "abc"),
                form(topicPath + "/merge", "targetId", "99999999999999999999"),
                form(topicPath + "/merge", "targetId", unknown),
                form("/topics", "slug", "../../etc/passwd", "nameEn", marker, "parentId", "-1", "position",
                        "99999999999"),
                form("/topics", "slug", "zz-" + marker.toLowerCase(), "nameEn", marker, "parentId", unknown),
                form(topicPath + "/edit", "slug", f.get(RecordIds.TOPICS), "nameEn", marker, "parentId",
                        String.valueOf(topic), "position", "1", "version", "0"),
                form("/participants", "nameLatin", marker, "side", "MARS", "capacity", "GOD", "institutionId", "abc",
                        "email", LONG + "@example.org"),
                form("/participants", "nameLatin", marker, "side", "UK", "capacity", "EXPERT", "institutionId",
                        unknown),
                form("/participants/" + f.get(RecordIds.PARTICIPANTS) + "/edit", "nameLatin", marker, "side", "UK",
                        "capacity", "EXPERT", "institutionId", unknown, "version", "0"),
                form("/institutions", "nameEn", marker, "country", "<script>", "kind", "SPY", "website", huge),
                form("/institutions/" + f.get(RecordIds.INSTITUTIONS) + "/edit", "nameEn", marker, "country", "gb",
                        "kind", "OTHER", "version", "abc"),
                form("/admin/users", "username", "' or 1=1 --", "displayName", marker, "role", "GOD",
                        "preferredLanguage", "xx"),
                form("/admin/users", "username", "zz." + marker.toLowerCase(), "displayName", marker, "role",
                        "RESEARCHER", "preferredLanguage", "en", "password", longPassword, "passwordConfirmation",
                        longPassword),
                form(user + "/edit", "displayName", marker, "role", "GOD", "preferredLanguage", "xx", "active",
                        "maybe", "version", "abc"),
                form(user + "/password", "password", longPassword, "passwordConfirmation", longPassword),
                form(user + "/password", "password", huge),
                form("/profile/tokens", "name", huge, "expiresOn", "2999-01-01"),
                form("/profile/tokens", "name", marker, "expiresOn", "2024-02-30"),
                form("/profile/tokens", "name", marker, "expiresOn", "1990-01-01"),
                form("/profile/tokens", "name", "\u0000" + marker),
                form("/profile/tokens/abc/revoke"),
                form("/profile/tokens/99999999999999999999/revoke"),
                form("/profile/tokens/" + f.get(RecordIds.TOKENS) + "/revoke"));

        List<Failure> failures = new ArrayList<>();
        for (Posted form : forms) {
            MockHttpServletRequestBuilder request = post(URI.create(form.path())).with(csrf()).cookie(session);
            for (int i = 0; i < form.fields().length; i += 2) {
                request.param(form.fields()[i], form.fields()[i + 1]);
            }
            Probe.Outcome outcome = probe.send(request);
            if (outcome.isServerError() || outcome.leaks()) {
                failures.add(new Failure(form.key(), form.describe(), outcome.describe()));
            }
        }
        for (byte[] upload : List.of("{\"a\":1}".getBytes(StandardCharsets.UTF_8), new byte[] { 0, 1, 2, -1, -2 })) {
            Probe.Outcome outcome = probe.send(multipart("/admin/import/backup")
                    .file(new MockMultipartFile("file", "backup.json", "application/json", upload))
                    .with(csrf()).cookie(session));
            if (outcome.isServerError() || outcome.leaks() || !outcome.body().contains("backup")) {
                failures.add(new Failure("POST /admin/import/backup", "file=" + new String(upload,
                        StandardCharsets.ISO_8859_1), outcome.describe()));
            }
        }
        Probe.Outcome login = probe.send(post("/login").param("username", "zz.hardening.nobody")
                .param("password", longPassword).with(csrf()).with(address("198.51.100.77")));
        if (login.isServerError() || !login.redirect().startsWith("/login?error")) {
            failures.add(new Failure("POST /login", "password=" + longPassword.length() + " characters",
                    login.describe()));
        }

        Map<String, String> after = fixtures.fingerprint();
        assertNoUnexpectedFailures(failures, "POST ");
        assertThat(after).as("the domain tables after the hostile forms").isEqualTo(before);
    }

    private void send(Route route, String parameter, MockHttpServletRequestBuilder request, String value,
            List<Failure> failures) {
        Probe.Outcome outcome = probe.send(request.cookie(session));
        boolean leaks = AUDIT_PAGES.contains(route.key()) ? outcome.showsStackTrace() : outcome.leaks();
        if (outcome.isServerError() || leaks) {
            failures.add(new Failure(route.key() + " " + parameter, parameter + "=" + shown(value),
                    outcome.describe()));
        }
    }

    /** Fails on every failure not in {@link #KNOWN_FAILURES}, and on every known failure of this kind that passes. */
    private static void assertNoUnexpectedFailures(List<Failure> failures, String kind) {
        List<String> unexpected = failures.stream().filter(failure -> !KNOWN_FAILURES.contains(failure.key()))
                .map(Failure::toString).toList();
        Set<String> failing = new LinkedHashSet<>(failures.stream().map(Failure::key).toList());
        List<String> fixed = KNOWN_FAILURES.stream().filter(known -> known.startsWith(kind))
                .filter(known -> !failing.contains(known)).sorted().toList();
        assertThat(unexpected).as("hostile input that gives a server error or shows an exception").isEmpty();
        assertThat(fixed).as("known failures that pass now: remove them from KNOWN_FAILURES").isEmpty();
    }

    /**
     * The names of the request parameters a route reads: the {@code @RequestParam}s of its handler method and of
     * its controller's {@code @ModelAttribute} methods, which run before it, and the components of the records its
     * handler binds with {@code @ModelAttribute} (a query such as {@code RecommendationQuery}).
     */
    /** The fields of the records the handler binds with {@code @ModelAttribute}, each with its record's type. */
    static Map<String, Class<?>> recordFields(HandlerMethod handler) {
        Map<String, Class<?>> fields = new LinkedHashMap<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(ModelAttribute.class) && parameter.getParameterType().isRecord()) {
                for (RecordComponent component : parameter.getParameterType().getRecordComponents()) {
                    fields.put(component.getName(), parameter.getParameterType());
                }
            }
        }
        return fields;
    }

    static Set<String> requestParameters(HandlerMethod handler) {
        List<MethodParameter> parameters = new ArrayList<>(List.of(handler.getMethodParameters()));
        for (Method method : handler.getBeanType().getDeclaredMethods()) {
            if (method.isAnnotationPresent(ModelAttribute.class)) {
                for (int i = 0; i < method.getParameterCount(); i++) {
                    parameters.add(new MethodParameter(method, i));
                }
            }
        }
        Set<String> names = new LinkedHashSet<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(ModelAttribute.class) && parameter.getParameterType().isRecord()) {
                for (RecordComponent component : parameter.getParameterType().getRecordComponents()) {
                    names.add(component.getName());
                }
            }
        }
        for (MethodParameter parameter : parameters) {
            RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
            if (annotation != null) {
                parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
                names.add(annotation.name().isEmpty() ? parameter.getParameterName() : annotation.name());
            }
        }
        return names;
    }

    private static RequestPostProcessor address(String remoteAddress) {
        return request -> {
            request.setRemoteAddr(remoteAddress);
            return request;
        };
    }

    private static Posted form(String path, String... fields) {
        return new Posted(path, fields);
    }

    /** A value as a failure message shows it: long ones cut, control characters named. */
    static String shown(String value) {
        String shown = value.length() > 40 ? value.substring(0, 20) + "...(" + value.length() + " characters)" : value;
        return "\"" + shown.replace("\u0000", "\\0") + "\"";
    }

    record Posted(String path, String[] fields) {

        /** The path with the throw-away records' ids replaced by {id}, to name the route. */
        String pattern() {
            return path.replaceAll("/\\d+", "/{id}").replaceAll("/topics/zz-hardening-[a-z0-9]+", "/topics/{slug}");
        }

        /** How {@link #KNOWN_FAILURES} names it: the route and the fields sent. */
        String key() {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < fields.length; i += 2) {
                names.add(fields[i]);
            }
            return "POST " + pattern() + " " + String.join(",", names);
        }

        String describe() {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < fields.length; i += 2) {
                text.append(i == 0 ? "" : "&").append(fields[i]).append('=').append(shown(fields[i + 1]));
            }
            return text.toString();
        }
    }

    /** One request that failed: what {@link #KNOWN_FAILURES} calls it, what was sent, what came back. */
    record Failure(String key, String sent, String outcome) {
        @Override
        public String toString() {
            return key + " with " + sent + ": " + outcome;
        }
    }
}
