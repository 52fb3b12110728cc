package org.dialoguetracker.shared;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dialoguetracker.DialogueTrackerApplication;
import org.dialoguetracker.support.IntegrationTest;
import org.dialoguetracker.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the app on one database, as behind a load balancer: a user logs in on the first (the tests' own,
 * on its random port) and goes on working on the second, started here on the same database, with the same session
 * cookie, because sessions live in PostgreSQL.
 */
@IntegrationTest
class SharedSessionTest {

    static ConfigurableApplicationContext second;

    @LocalServerPort
    int firstPort;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void startASecondInstance() {
        second = start(TestDatabase.connectionDetails());
    }

    @AfterAll
    static void stopIt() {
        if (second != null) {
            second.close();
        }
    }

    @Test
    void a_session_opened_on_one_instance_is_valid_on_the_other() throws Exception {
        HttpResponse<String> loginPage = http.send(HttpRequest.newBuilder(url(firstPort, "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = sessionCookie(loginPage);
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage.body());
        assertThat(csrf.find()).isTrue();

        String form = "username=researcher&password=demo&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(url(firstPort, "/login"))
                .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        // session fixation protection gives a new session id at login
        String loggedIn = login.headers().firstValue("Set-Cookie").map(SharedSessionTest::cookieOf).orElse(cookie);

        HttpResponse<String> onSecond = http.send(HttpRequest.newBuilder(url(second, "/recommendations"))
                .header("Cookie", loggedIn).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(onSecond.statusCode()).isEqualTo(200);
        // the list as the signed-in researcher sees it (which recommendations it shows depends on other tests)
        assertThat(onSecond.body()).contains("researcher").contains("class=\"recommendation-row\"");

        HttpResponse<String> withoutCookie = http.send(HttpRequest.newBuilder(url(second, "/recommendations")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(withoutCookie.statusCode()).isEqualTo(302);
    }

    private static ConfigurableApplicationContext start(JdbcConnectionDetails database) {
        return new SpringApplicationBuilder(DialogueTrackerApplication.class).properties(
                "server.port=0",
                "spring.datasource.url=" + database.getJdbcUrl(),
                "spring.datasource.username=" + database.getUsername(),
                "spring.datasource.password=" + (database.getPassword() == null ? "" : database.getPassword()),
                "dialogue.demo.enabled=true",
                "spring.main.banner-mode=off").run();
    }

    private static URI url(ConfigurableApplicationContext app, String path) {
        return url(((WebServerApplicationContext) app).getWebServer().getPort(), path);
    }

    private static URI url(int port, String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .map(SharedSessionTest::cookieOf).findFirst().orElseThrow();
    }

    private static String cookieOf(String setCookie) {
        return setCookie.substring(0, setCookie.indexOf(';'));
    }
}
