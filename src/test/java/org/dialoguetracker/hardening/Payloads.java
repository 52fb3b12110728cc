package org.dialoguetracker.hardening;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Hostile texts for {@link XssPayloadBrowserTest}, one per form field, each with a marker of its own (so that a page
 * that runs one says which), remembered under the field's key ({@code "meeting.titleEn"}) as it was typed.
 * <p>
 * They try every way out of the place a text lands in: element content ({@code <script>}, an {@code <img>} with an
 * error handler, {@code <svg onload>}, an {@code <iframe srcdoc>}, a link with a {@code javascript:} address), an
 * attribute value in double or single quotes ({@code "><img …}, {@code '><svg …}), a {@code <textarea>} ({@code
 * </textarea><script>}), an address ({@code javascript:} in URL fields), and the template engines' expression syntax
 * ({@code {{7*7}}}, Thymeleaf's {@code [[${7*7}]]}, {@code [(${7*7})]}, {@code __${7*7}__}, {@code #{…}}, {@code
 * *{…}}), which must come out unevaluated.
 */
final class Payloads {

    private static final List<String> IN_TEXT = List.of(
            "<script>window.__xss='%s'</script>",
            "\"><img src=x onerror=\"window.__xss='%s'\">",
            "'><svg onload=window.__xss='%s'>",
            "{{7*7}} [[${7*7}]] [(${7*7})] *{7*7} #{7*7} __${7*7}__ %s",
            "<iframe srcdoc=\"<script>parent.__xss='%s'</script>\"></iframe>",
            "<img src=x onerror=alert('%s')>",
            "<a href=\"javascript:window.__xss='%s'\">link</a>");

    private static final String OUT_OF_TEXTAREA = "</textarea><script>window.__xss='%s'</script>";

    private static final String ADDRESS = "javascript:window.__xss='%s'//";

    /** For fields of at most 40 characters. */
    private static final String SHORT = "<svg onload=__xss='%s'>";

    /** Makes a Russian field's text Russian, as the forms require of some (a name in Cyrillic script). */
    private static final String RUSSIAN = "Рус ";

    /** The kind of field a payload is for. */
    enum Field {
        TEXT, TEXTAREA, ADDRESS, SHORT
    }

    private final String run;

    private final Map<String, String> typed = new LinkedHashMap<>();

    private int count;

    /** @param run {@code zq} and four digits, different in each run: the database is shared and kept */
    Payloads(String run) {
        if (!run.matches("zq\\d{4}")) {
            throw new IllegalArgumentException("A run is named zq and four digits: " + run);
        }
        this.run = run;
    }

    /** A new payload for the field {@code key}, remembered as what was typed there. */
    String next(String key, Field field, boolean russian) {
        String marker = run + "m" + Integer.toString(++count, 36);
        String template = switch (field) {
            case TEXTAREA -> count % 2 == 0 ? OUT_OF_TEXTAREA : IN_TEXT.get(count % IN_TEXT.size());
            case ADDRESS -> ADDRESS;
            case SHORT -> SHORT;
            case TEXT -> IN_TEXT.get(count % IN_TEXT.size());
        };
        String payload = (russian ? RUSSIAN : "") + template.formatted(marker);
        typed.put(key, payload);
        return payload;
    }

    /** What was typed into the field {@code key}. */
    String get(String key) {
        String payload = typed.get(key);
        if (payload == null) {
            throw new NoSuchElementException("No payload was typed into " + key + "; typed: " + typed.keySet());
        }
        return payload;
    }

    /** The field a payload was typed into, or "(not typed)". */
    String keyOf(String payload) {
        return typed.entrySet().stream().filter(entry -> entry.getValue().equals(payload)).map(Map.Entry::getKey)
                .findFirst().orElse("(not typed)");
    }

    boolean has(String key) {
        return typed.containsKey(key);
    }

    /** The field was given a valid value instead (an e-mail address, a slug): no payload of it is shown anywhere. */
    void replaced(String key) {
        typed.remove(key);
    }

    /** The marker that names a payload, for searching. */
    static String marker(String payload) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("zq\\d{4}m[a-z0-9]+").matcher(payload);
        if (!matcher.find()) {
            throw new IllegalArgumentException("No marker in " + payload);
        }
        return matcher.group();
    }
}
