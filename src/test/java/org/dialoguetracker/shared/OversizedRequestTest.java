package org.dialoguetracker.shared;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forms larger than the container reads get the app's own 413 page, not Tomcat's bare ones, and those it reads the
 * form back with their messages. Through the real container (MockMvc enforces none of Tomcat's limits), signed in as
 * an organiser through the login form.
 */
@IntegrationTest
class OversizedRequestTest {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    String session;

    long meeting;

    @BeforeEach
    void signIn() throws Exception {
        HttpResponse<String> loginPage = send(HttpRequest.newBuilder(url("/login")));
        String cookie = sessionCookie(loginPage);
        String form = "username=organiser&password=demo&_csrf=" + encoded(csrf(loginPage.body()));
        HttpResponse<String> login = send(HttpRequest.newBuilder(url("/login")).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(login.statusCode()).isEqualTo(302);
        session = login.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("SESSION="))
                ? sessionCookie(login) : cookie;
        meeting = jdbc.queryForObject("select min(id) from meeting", Long.class);
    }

    static final String HUGE = "a".repeat(5 * 1024 * 1024);

    /** Issue 18: Tomcat's bare 413. */
    @Test
    void a_huge_form_encoded_statement_gets_the_apps_413_page_with_the_way_back() throws Exception {
        String form = "_csrf=" + encoded(token()) + "&kind=POSITION&side=UK&attribution=NONE&textEn=" + HUGE;
        HttpResponse<String> response = send(statements()
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertTheAppsPage(response);
    }

    /** Issue 18: Tomcat's bare 500. */
    @Test
    void a_huge_multipart_statement_gets_the_apps_413_page_with_the_way_back() throws Exception {
        String boundary = "statement-" + UUID.randomUUID();
        HttpResponse<String> response = send(statements()
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, "_csrf", token(), "kind", "POSITION",
                        "side", "UK", "attribution", "NONE", "textEn", HUGE))));
        assertTheAppsPage(response);
    }

    /** The CSRF token in a header: the fields are first read by Spring MVC, whose 413 takes the error dispatch. */
    @Test
    void a_huge_multipart_statement_with_the_token_in_a_header_gets_the_apps_413_page() throws Exception {
        String boundary = "statement-" + UUID.randomUUID();
        HttpResponse<String> response = send(statements().header("X-CSRF-TOKEN", token())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, "kind", "POSITION", "side", "UK",
                        "attribution", "NONE", "textEn", HUGE))));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("Too large to be read").contains("nothing was saved")
                .doesNotContain("HTTP Status").doesNotContain("Exception");
        assertThat(recorded()).isZero();
    }

    /** What the container reads comes back as the form, with the field's message. */
    @Test
    void a_statement_too_long_but_readable_gets_the_form_back_with_the_fields_message() throws Exception {
        String form = "_csrf=" + encoded(token()) + "&kind=POSITION&side=UK&attribution=NONE&textEn="
                + "a".repeat(100_000);
        HttpResponse<String> response = send(statements()
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Keep the text to at most 10000 characters.");
        assertThat(recorded()).isZero();
    }

    private void assertTheAppsPage(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).as("the app's page, not Tomcat's")
                .contains("Too large to be read").contains("nothing was saved").contains("Dialogue Tracker")
                .contains("href=\"/meetings/" + meeting + "/minutes\"")
                .doesNotContain("HTTP Status").doesNotContain("Exception");
        assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(recorded()).isZero();
    }

    /** A POST of the minutes form, from the minutes page. */
    private HttpRequest.Builder statements() {
        return HttpRequest.newBuilder(url("/meetings/" + meeting + "/statements")).header("Cookie", session)
                .header("Referer", url("/meetings/" + meeting + "/minutes").toString());
    }

    private String token() throws Exception {
        return csrf(send(HttpRequest.newBuilder(url("/meetings/" + meeting + "/minutes")).header("Cookie", session))
                .body());
    }

    private int recorded() {
        return jdbc.queryForObject("select count(*) from statement where text_en like 'aaaaaaaaaa%'", Integer.class);
    }

    private static byte[] multipart(String boundary, String... fields) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int i = 0; i < fields.length; i += 2) {
            part(body, boundary, fields[i], fields[i + 1]);
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private static void part(ByteArrayOutputStream body, String boundary, String name, String value) {
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
                + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String csrf(String page) {
        Matcher csrf = CSRF.matcher(page);
        assertThat(csrf.find()).as("a CSRF token on the page").isTrue();
        return csrf.group(1);
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String sessionCookie(HttpResponse<?> response) {
        String setCookie = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .findFirst().orElseThrow();
        return setCookie.substring(0, setCookie.indexOf(';'));
    }
}
