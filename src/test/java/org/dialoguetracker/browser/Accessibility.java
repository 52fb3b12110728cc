package org.dialoguetracker.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;

/**
 * axe-core (Deque's rules and script, from {@code com.deque.html.axe-core:selenium}) on the page the browser shows,
 * with the rules of WCAG 2.0 and 2.1 at levels A and AA and nothing else, asking for the violations only, so that
 * axe does not spend its time listing what passed.
 * <p>
 * For speed, the script (half a megabyte) is handed to Chromium once, to be evaluated in every document it loads
 * from then on (DevTools' {@code Page.addScriptToEvaluateOnNewDocument}, outside the pages' content security
 * policy), rather than sent over the driver's connection for every page as {@link AxeBuilder} does; a page that has
 * no {@code axe} all the same gets it sent. The pages have no frames, so axe runs in the page alone.
 */
final class Accessibility {

    /** The rule sets checked: WCAG 2.0 and 2.1 at levels A and AA. */
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final Map<String, Object> OPTIONS = Map.of(
            "runOnly", Map.of("type", "tag", "values", TAGS),
            "resultTypes", List.of("violations"));

    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, arguments[0]).then(
                results => done(JSON.stringify(results.violations)),
                error => done('axe-core failed: ' + error));""";

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final String script;

    /** Loads axe-core into every document the driver opens from now on. */
    Accessibility(WebDriver driver) {
        this.script = axeScript();
        if (driver instanceof HasCdp cdp) {
            cdp.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", script));
        }
    }

    /**
     * The violations on the page the driver shows, each as one line naming the rule, the page, how many elements
     * break it and their selectors, with axe's summary of what to fix for the first; empty when there is none.
     */
    List<String> violations(WebDriver driver, String page) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof axe === 'object';"))) {
            js.executeScript(script);
        }
        String answer = String.valueOf(js.executeAsyncScript(RUN, OPTIONS));
        if (!answer.startsWith("[")) {
            return List.of(page + ": " + answer);
        }
        List<Rule> rules;
        try {
            rules = JSON.readValue(answer, new TypeReference<List<Rule>>() { });
        }
        catch (IOException ex) {
            throw new UncheckedIOException("axe-core's answer could not be read: " + answer, ex);
        }
        List<String> lines = new ArrayList<>();
        for (Rule rule : rules) {
            List<CheckedNode> nodes = rule.getNodes();
            String targets = nodes.stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", "));
            String summary = nodes.isEmpty() ? "" : String.valueOf(nodes.get(0).getFailureSummary()).replace('\n', ' ');
            lines.add(rule.getId() + " on " + page + " (" + nodes.size() + "): " + targets + " | " + summary);
        }
        return lines;
    }

    private static String axeScript() {
        try (InputStream in = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the class path (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not read axe.min.js", ex);
        }
    }
}
