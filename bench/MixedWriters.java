import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The writers of bench/run's mixed scenario (issue 18, item 9): organisers taking minutes while researchers read. Run
 * with the JDK's single-file launcher, no build:
 *
 * <pre>java bench/MixedWriters.java BASE MEETING_ID SECONDS WRITERS TAG RESEARCHER_SESSION</pre>
 *
 * Each writer signs in as {@code organiser} (its own session), opens the meeting's minutes, and, once all have, prints
 * {@code READY} on the standard error and for {@code SECONDS} posts every 200 ms the
 * statement form as the browser would: the form's own fields (the CSRF token, the session, kind and attribution it
 * proposes) with a text holding a word no other statement holds ({@code TAG} + writer + number). An answer redirecting
 * back to the minutes is an acknowledged write; the writer then follows the redirect as a browser does, and at once
 * asks {@code /search} for the word with the researcher's session (what the readers see, kept pages included): the
 * write must be found there. Prints, for bench/run to read:
 *
 * <pre>
 * WRITES acknowledged=… refused=… errors=…
 * WRITE_MS p50=… p99=… max=…
 * MINUTES_MS p50=… p99=…
 * SEARCH found=… missing=… first_missing=…
 * </pre>
 */
public class MixedWriters {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private static final Pattern FORM = Pattern.compile("<form id=\"statement-form\".*?</form>", Pattern.DOTALL);

    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");

    private static final Pattern SELECT = Pattern.compile("<select\\b[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>",
            Pattern.DOTALL);

    private static final Pattern SELECTED = Pattern.compile("<option\\b[^>]*value=\"([^\"]*)\"[^>]*\\bselected\\b");

    private static final Pattern ATTRIBUTE = Pattern.compile("\\b(name|value|type)=\"([^\"]*)\"");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        long meeting = Long.parseLong(args[1]);
        long seconds = Long.parseLong(args[2]);
        int writers = Integer.parseInt(args[3]);
        String tag = args[4];
        String researcher = args[5];
        // the writing starts once every writer has signed in and opened the minutes, for SECONDS from then; READY on
        // the standard error tells bench/run to start the readers
        long[] until = new long[1];
        java.util.concurrent.CyclicBarrier ready = new java.util.concurrent.CyclicBarrier(writers, () -> {
            until[0] = System.nanoTime() + seconds * 1_000_000_000L;
            System.err.println("READY");
            System.err.flush();
        });

        List<Long> writeNanos = Collections.synchronizedList(new ArrayList<>());
        List<Long> minutesNanos = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger acknowledged = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger found = new AtomicInteger();
        List<String> missing = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int w = 1; w <= writers; w++) {
            int writer = w;
            Thread thread = new Thread(() -> {
                try {
                    Writer client = new Writer(base, meeting);
                    client.signIn("organiser", "demo");
                    String page = client.get("/meetings/" + meeting + "/minutes").body();
                    ready.await();
                    for (int n = 1; System.nanoTime() < until[0]; n++) {
                        long started = System.nanoTime();
                        String word = tag + "w" + writer + "n" + n;
                        Map<String, String> fields = formFields(page);
                        fields.put("textEn", "Mixed load statement " + word + ": confidence building measures "
                                + "at sea deserve another round of talks.");
                        if (fields.getOrDefault("side", "").isEmpty()) {
                            fields.put("side", "UK");
                        }
                        HttpResponse<String> answer;
                        try {
                            answer = client.post("/meetings/" + meeting + "/statements", fields);
                        }
                        catch (Exception ex) {
                            errors.incrementAndGet();
                            continue;
                        }
                        writeNanos.add(System.nanoTime() - started);
                        String location = answer.headers().firstValue("Location").orElse("");
                        if (answer.statusCode() == 302 && location.contains("/minutes")) {
                            acknowledged.incrementAndGet();
                            long redirected = System.nanoTime();
                            page = client.get(URI.create(location).getRawPath() + "?"
                                    + URI.create(location).getRawQuery()).body();
                            minutesNanos.add(System.nanoTime() - redirected);
                            String search = client.getAs("/search?q=" + word, researcher).body();
                            if (search.contains(word)) {
                                found.incrementAndGet();
                            }
                            else {
                                missing.add(word);
                            }
                        }
                        else {
                            refused.incrementAndGet();
                            if (refused.get() <= 3) {
                                System.err.println("write refused: HTTP " + answer.statusCode() + " " + location);
                            }
                            page = client.get("/meetings/" + meeting + "/minutes").body();
                        }
                        long rest = 200_000_000L - (System.nanoTime() - started);
                        if (rest > 0) {
                            Thread.sleep(rest / 1_000_000, (int) (rest % 1_000_000));
                        }
                    }
                }
                catch (Exception ex) {
                    errors.incrementAndGet();
                    System.err.println("writer " + writer + ": " + ex);
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        System.out.printf("WRITES acknowledged=%d refused=%d errors=%d%n", acknowledged.get(), refused.get(),
                errors.get());
        System.out.printf("WRITE_MS p50=%.1f p99=%.1f max=%.1f%n", percentile(writeNanos, 50),
                percentile(writeNanos, 99), percentile(writeNanos, 100));
        System.out.printf("MINUTES_MS p50=%.1f p99=%.1f%n", percentile(minutesNanos, 50),
                percentile(minutesNanos, 99));
        System.out.printf("SEARCH found=%d missing=%d first_missing=%s%n", found.get(), missing.size(),
                missing.isEmpty() ? "-" : missing.get(0));
    }

    /** The statement form's fields as the browser would send them (inputs, chosen options, checked boxes). */
    static Map<String, String> formFields(String page) {
        Matcher form = FORM.matcher(page);
        if (!form.find()) {
            throw new IllegalStateException("no statement form on the minutes page");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(form.group());
        while (input.find()) {
            Map<String, String> attributes = new LinkedHashMap<>();
            Matcher attribute = ATTRIBUTE.matcher(input.group());
            while (attribute.find()) {
                attributes.putIfAbsent(attribute.group(1), attribute.group(2));
            }
            String type = attributes.getOrDefault("type", "text");
            String name = attributes.get("name");
            if (name == null || type.equals("submit")
                    || ((type.equals("radio") || type.equals("checkbox")) && !input.group().contains(" checked"))) {
                continue;
            }
            fields.put(name, unescape(attributes.getOrDefault("value", "")));
        }
        Matcher select = SELECT.matcher(form.group());
        while (select.find()) {
            Matcher chosen = SELECTED.matcher(select.group(2));
            fields.put(select.group(1), chosen.find() ? unescape(chosen.group(1)) : "");
        }
        return fields;
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    static double percentile(List<Long> nanos, int p) {
        if (nanos.isEmpty()) {
            return 0;
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1e6;
    }

    /** One browser: its own cookies, redirects not followed. */
    static final class Writer {

        private final String base;

        private final HttpClient http;

        Writer(String base, long meeting) {
            this.base = base;
            this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        }

        void signIn(String username, String password) throws Exception {
            Matcher csrf = CSRF.matcher(get("/login").body());
            if (!csrf.find()) {
                throw new IllegalStateException("no CSRF token on the login page");
            }
            Map<String, String> form = new LinkedHashMap<>();
            form.put("username", username);
            form.put("password", password);
            form.put("_csrf", csrf.group(1));
            HttpResponse<String> answer = post("/login", form);
            if (answer.statusCode() != 302 || answer.headers().firstValue("Location").orElse("").contains("error")) {
                throw new IllegalStateException("sign-in as " + username + " failed: HTTP " + answer.statusCode());
            }
        }

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        /** A GET with another session's cookie (the researcher's), not this writer's. */
        HttpResponse<String> getAs(String path, String session) throws Exception {
            HttpClient plain = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
            return plain.send(HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", "SESSION=" + session)
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
            String body = fields.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
