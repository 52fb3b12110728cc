package org.dialoguetracker.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, "HTTP as a browser expects it", through the real container (MockMvc has neither Tomcat's compression nor
 * its RemoteIpValve): compressed pages and assets, fingerprinted assets cached for a year while pages stay no-store,
 * the Permissions-Policy header, and a request forwarded by a TLS proxy treated as secure.
 */
@IntegrationTest
class HttpBehaviourTest {

    static final Pattern STYLESHEETS = Pattern.compile("<link rel=\"stylesheet\" href=\"([^\"]+)\"");

    static final Pattern SCRIPTS = Pattern.compile("<script src=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void pages_stylesheets_and_scripts_are_sent_compressed_to_a_browser_that_accepts_gzip() throws Exception {
        HttpResponse<byte[]> page = get("/login", "Accept-Encoding", "gzip");
        assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
        String html = gunzip(page.body());
        assertThat(html).contains("name=\"username\"");

        List<String> stylesheets = all(STYLESHEETS, html);
        assertThat(stylesheets).hasSize(2);
        for (String css : stylesheets) {
            HttpResponse<byte[]> response = get(css, "Accept-Encoding", "gzip");
            assertThat(response.statusCode()).as(css).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Encoding")).as(css).hasValue("gzip");
            assertThat(response.body().length).as(css + " compressed")
                    .isLessThan(Integer.parseInt(get(css).headers().firstValue("Content-Length").orElse("0")));
        }
    }

    @Test
    void assets_have_fingerprinted_addresses_cached_for_a_year_and_pages_are_never_stored() throws Exception {
        HttpResponse<byte[]> page = get("/login");
        String html = new String(page.body(), StandardCharsets.UTF_8);
        assertThat(page.headers().firstValue("Cache-Control").orElse("")).contains("no-store");

        List<String> assets = new java.util.ArrayList<>(all(STYLESHEETS, html));
        assertThat(assets).anyMatch(url -> url.matches("/webjars/bootstrap/.*bootstrap\\.min-[0-9a-f]{32}\\.css"))
                .anyMatch(url -> url.matches("/css/app-[0-9a-f]{32}\\.css"));
        for (String asset : assets) {
            HttpResponse<byte[]> response = get(asset);
            assertThat(response.statusCode()).as(asset).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control").orElse("")).as(asset)
                    .contains("max-age=31536000").contains("public").doesNotContain("no-store");
        }
        // a fingerprint that does not match the content is not served: an old address cannot bring back a new file
        String stale = assets.stream().filter(url -> url.startsWith("/css/app-")).findFirst().orElseThrow()
                .replaceAll("-[0-9a-f]{32}\\.css", "-0123456789abcdef0123456789abcdef.css");
        assertThat(get(stale).statusCode()).isEqualTo(404);
    }

    @Test
    void the_layouts_script_is_fingerprinted_cached_and_compressed() throws Exception {
        HttpResponse<byte[]> about = get("/about", "Cookie", signIn("researcher"), "Accept-Encoding", "gzip");
        assertThat(about.statusCode()).isEqualTo(200);
        List<String> scripts = all(SCRIPTS, gunzip(about.body()));
        // Bootstrap's, and the filter of the forms' topic checkboxes (issue 17)
        assertThat(scripts).hasSize(2).anyMatch(url -> url.matches("/webjars/bootstrap/.*-[0-9a-f]{32}\\.js"))
                .anyMatch(url -> url.matches("/js/topic-filter-[0-9a-f]{32}\\.js"));
        for (String url : scripts) {
            HttpResponse<byte[]> script = get(url, "Accept-Encoding", "gzip");
            assertThat(script.statusCode()).as(url).isEqualTo(200);
            assertThat(script.headers().firstValue("Cache-Control").orElse("")).as(url).contains("max-age=31536000");
            if (url.startsWith("/webjars/bootstrap/")) {
                assertThat(script.headers().firstValue("Content-Encoding")).hasValue("gzip");
            }
        }
    }

    @Test
    void the_printable_reports_stylesheets_are_fingerprinted_too() throws Exception {
        Long published = jdbc.queryForObject(
                "select min(id) from meeting where status = 'REPORT_PUBLISHED'", Long.class);
        HttpResponse<byte[]> report = get("/meetings/" + published + "/report", "Cookie", signIn("researcher"));
        assertThat(report.statusCode()).isEqualTo(200);
        String html = new String(report.body(), StandardCharsets.UTF_8);
        assertThat(html).containsPattern("href=\"/css/report-[0-9a-f]{32}\\.css\"")
                .doesNotContain("href=\"/css/report.css\"");
    }

    @Test
    void the_permissions_policy_header_is_sent() throws Exception {
        assertThat(get("/login").headers().firstValue("Permissions-Policy"))
                .hasValue(SecurityHeaders.PERMISSIONS_POLICY);
    }

    @Test
    void behind_a_tls_proxy_the_session_cookie_is_secure_and_hsts_is_sent() throws Exception {
        HttpResponse<byte[]> direct = get("/login");
        assertThat(direct.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(sessionCookie(direct)).doesNotContainIgnoringCase("secure");

        HttpResponse<byte[]> proxied = get("/login", "X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.9");
        assertThat(proxied.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                hsts -> assertThat(hsts).contains("max-age="));
        assertThat(sessionCookie(proxied)).containsIgnoringCase("; Secure");
    }

    /** Signs in through the login form; returns the Cookie header of the signed-in session. */
    private String signIn(String username) throws Exception {
        HttpResponse<byte[]> loginPage = get("/login");
        String cookie = sessionCookie(loginPage).split(";", 2)[0];
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(new String(loginPage.body(), StandardCharsets.UTF_8));
        assertThat(csrf.find()).isTrue();
        String form = "username=" + username + "&password=demo&_csrf="
                + java.net.URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<byte[]> login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(login.statusCode()).isEqualTo(302);
        return login.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("SESSION="))
                ? sessionCookie(login).split(";", 2)[0] : cookie;
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }

    private HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static List<String> all(Pattern pattern, String html) {
        List<String> found = new java.util.ArrayList<>();
        Matcher matcher = pattern.matcher(html);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
