package org.dialoguetracker.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dialoguetracker.DialogueTrackerApplication;
import org.dialoguetracker.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18: while PostgreSQL was down every page hung for 80–100 s and ended in Tomcat's bare 500, and health took
 * 30 s to say DOWN. An instance of the app reaches the tests' database through a TCP proxy that this test stops and
 * starts again: while it is stopped, pages answer the app's own 503 page within a few seconds and health says DOWN
 * within two; once it is back, the same session goes on as before.
 * <p>
 * "Within" is five seconds for a page and two for health, or, on a machine busy enough to need it, the app's own wait
 * (the pool's connection timeout, health's {@link DatabaseHealth#LIMIT}) and {@link #MARGIN_FACTOR} times what the
 * same request took with the database up: a busy machine is not taken for a hang, and the hang this guards against
 * was tens of seconds.
 */
class DatabaseDownTest {

    /** The margin over the app's own wait: this many times the request's time with the database up. */
    private static final int MARGIN_FACTOR = 5;

    /** How long the app may take to find the database back: only a guard against a hang. */
    private static final Duration RECOVERY_GUARD = Duration.ofMinutes(2);

    static Proxy database;

    static ConfigurableApplicationContext app;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startTheAppBehindAProxy() throws IOException {
        JdbcConnectionDetails server = TestDatabase.connectionDetails();
        URI jdbc = URI.create(server.getJdbcUrl().substring("jdbc:".length()));
        database = new Proxy(jdbc.getHost(), jdbc.getPort());
        database.start();
        String url = server.getJdbcUrl().replaceFirst("//[^/]+/", "//127.0.0.1:" + database.port() + "/");
        app = new SpringApplicationBuilder(DialogueTrackerApplication.class).properties(
                "server.port=0",
                "spring.datasource.url=" + url,
                "spring.datasource.username=" + server.getUsername(),
                "spring.datasource.password=" + (server.getPassword() == null ? "" : server.getPassword()),
                "dialogue.demo.enabled=true",
                "spring.main.banner-mode=off").run();
    }

    @AfterAll
    static void stopThem() throws IOException {
        if (database != null) {
            database.start();
        }
        if (app != null) {
            app.close();
        }
        if (database != null) {
            database.stop();
        }
    }

    @Test
    void pages_answer_the_apps_503_within_seconds_health_says_down_within_two_and_all_recovers() throws Exception {
        String session = signIn();
        assertThat(get("/recommendations", session).statusCode()).isEqualTo(200);
        // the same requests with the database up: what their own work takes on this machine now
        Timed<String> pageUp = timed(() -> get("/recommendations", session));
        assertThat(pageUp.response().statusCode()).isEqualTo(200);
        Timed<String> loginUp = timed(() -> get("/login", null));
        Timed<String> healthUp = timed(() -> get("/actuator/health", null));
        assertThat(healthUp.response().statusCode()).isEqualTo(200);
        Duration poolWait = Duration.ofMillis(app.getEnvironment()
                .getRequiredProperty("spring.datasource.hikari.connection-timeout", Long.class));

        database.stop();

        Timed<String> page = timed(() -> get("/recommendations", session));
        assertThat(page.took()).as("a page while the database is down")
                .isLessThan(within(Duration.ofSeconds(5), poolWait, pageUp.took()));
        assertTheAppsPage(page.response());
        assertThat(page.response().body()).contains("href=\"/recommendations\"");

        Timed<String> login = timed(() -> get("/login", null));
        assertThat(login.took()).as("the login page while the database is down")
                .isLessThan(within(Duration.ofSeconds(5), poolWait, loginUp.took()));
        assertTheAppsPage(login.response());

        Timed<String> health = timed(() -> get("/actuator/health", null));
        assertThat(health.took()).as("health while the database is down")
                .isLessThan(within(Duration.ofSeconds(2), DatabaseHealth.LIMIT, healthUp.took()));
        assertThat(health.response().statusCode()).isEqualTo(503);
        assertThat(health.response().body()).contains("DOWN");

        database.start();

        long deadline = System.nanoTime() + RECOVERY_GUARD.toNanos();
        while (get("/actuator/health", null).statusCode() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(get("/actuator/health", null).body()).contains("UP");
        HttpResponse<String> again = get("/recommendations", session);
        assertThat(again.statusCode()).as("the same session once the database is back").isEqualTo(200);
        assertThat(again.body()).as("signed in as before").contains("researcher");
    }

    /**
     * {@code quiet}, or the app's own wait and a margin for the request's work as it took {@code up} with the
     * database up, whichever is longer.
     */
    private static Duration within(Duration quiet, Duration wait, Duration up) {
        Duration scaled = wait.plus(up.multipliedBy(MARGIN_FACTOR));
        return scaled.compareTo(quiet) > 0 ? scaled : quiet;
    }

    private record Timed<T>(HttpResponse<T> response, Duration took) {
    }

    @FunctionalInterface
    private interface Request<T> {

        HttpResponse<T> send() throws Exception;
    }

    private static <T> Timed<T> timed(Request<T> request) throws Exception {
        long started = System.nanoTime();
        HttpResponse<T> response = request.send();
        return new Timed<>(response, Duration.ofNanos(System.nanoTime() - started));
    }

    private static void assertTheAppsPage(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertThat(response.body()).as("the app's own page")
                .contains("The database cannot be reached just now").contains("Your data is safe")
                .contains("Dialogue Tracker").doesNotContain("HTTP Status").doesNotContain("Exception");
    }

    private String signIn() throws Exception {
        HttpResponse<String> loginPage = get("/login", null);
        String cookie = sessionCookie(loginPage);
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage.body());
        assertThat(csrf.find()).isTrue();
        String form = "username=researcher&password=demo&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(url("/login")).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        return login.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("SESSION="))
                ? sessionCookie(login) : cookie;
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(url(path)).timeout(Duration.ofSeconds(60));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI url(String path) {
        return URI.create("http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort() + path);
    }

    private static String sessionCookie(HttpResponse<?> response) {
        String setCookie = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .findFirst().orElseThrow();
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    /**
     * A TCP proxy to the database that can be stopped, as a database server that went away (its connections cut, new
     * ones refused), and started again on the same port.
     */
    static final class Proxy {

        private final String host;

        private final int target;

        private final List<Socket> open = new CopyOnWriteArrayList<>();

        private int port;

        private ServerSocket listening;

        Proxy(String host, int target) {
            this.host = host;
            this.target = target;
        }

        int port() {
            return port;
        }

        synchronized void start() throws IOException {
            if (listening != null) {
                return;
            }
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            port = socket.getLocalPort();
            listening = socket;
            Thread accepting = new Thread(() -> accept(socket), "database-proxy");
            accepting.setDaemon(true);
            accepting.start();
        }

        synchronized void stop() throws IOException {
            if (listening != null) {
                listening.close();
                listening = null;
            }
            for (Socket socket : open) {
                socket.close();
            }
            open.clear();
        }

        private void accept(ServerSocket socket) {
            while (!socket.isClosed()) {
                try {
                    Socket client = socket.accept();
                    Socket server = new Socket(host, target);
                    open.add(client);
                    open.add(server);
                    pipe(client, server);
                    pipe(server, client);
                }
                catch (IOException stopped) {
                    // closed by stop(), or the database refused: the client sees its connection end
                }
            }
        }

        private void pipe(Socket from, Socket to) {
            Thread thread = new Thread(() -> {
                try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                    in.transferTo(out);
                }
                catch (IOException cut) {
                    // one side closed
                }
                finally {
                    try {
                        from.close();
                        to.close();
                    }
                    catch (IOException ignored) {
                        // already closed
                    }
                }
            }, "database-proxy-pipe");
            thread.setDaemon(true);
            thread.start();
        }
    }
}
