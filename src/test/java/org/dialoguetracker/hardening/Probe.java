package org.dialoguetracker.hardening;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;

/**
 * Sends requests through MockMvc and keeps what came back, whatever it was: a streamed body (exports, backup,
 * restore) is awaited through the async dispatch, and an exception that escapes the application is kept as the
 * 500 a real server would answer, with the head of its stack trace for the report.
 */
final class Probe {

    /** What a stack trace looks like in a page: a frame, a cause, a qualified exception class. */
    private static final Pattern STACK_TRACE = Pattern.compile(
            "\\bat [\\w$.]+\\([\\w$]+\\.java:\\d+\\)|Caused by: "
                    + "|\\b[a-z]\\w*(\\.[a-z]\\w*)+\\.\\w*(Exception|Error)\\b");

    /** What a stack trace or an exception's name looks like in a page. */
    private static final Pattern LEAK = Pattern.compile("Exception|" + STACK_TRACE.pattern());

    private final MockMvc mvc;

    private int sent;

    Probe(MockMvc mvc) {
        this.mvc = mvc;
    }

    Outcome send(RequestBuilder request) {
        sent++;
        try {
            MvcResult result = mvc.perform(request).andReturn();
            if (result.getRequest().isAsyncStarted()) {
                result = mvc.perform(asyncDispatch(result)).andReturn();
            }
            var response = result.getResponse();
            String type = response.getContentType();
            boolean text = type == null || type.startsWith("text/") || type.contains("json") || type.contains("xml");
            String body = text ? new String(response.getContentAsByteArray(), StandardCharsets.UTF_8) : "";
            return new Outcome(response.getStatus(), response.getRedirectedUrl(), type, body, null);
        }
        catch (Exception | AssertionError | StackOverflowError ex) {
            return new Outcome(500, null, null, "", ex);
        }
    }

    /** How many requests were sent (an async dispatch is not counted again). */
    int sent() {
        return sent;
    }

    record Outcome(int status, String redirect, String contentType, String body, Throwable failure) {

        boolean isServerError() {
            return status >= 500 || failure != null;
        }

        boolean isRefused() {
            return status == 401 || status == 403;
        }

        /** JSON, such as the API's answers and its problem documents ({@code application/problem+json}). */
        boolean isJson() {
            return contentType != null && contentType.contains("json");
        }

        boolean redirectsToLogin() {
            return status == 302 && redirect != null && redirect.replaceFirst("^https?://[^/]+", "").equals("/login");
        }

        /** The body names an exception or shows a stack trace. */
        boolean leaks() {
            return LEAK.matcher(body).find();
        }

        /** The body shows a stack trace or a fully qualified exception class. */
        boolean showsStackTrace() {
            return STACK_TRACE.matcher(body).find();
        }

        /** The status, where it redirects, and the head of the stack trace or of the leaking line. */
        String describe() {
            StringBuilder text = new StringBuilder().append(status);
            if (redirect != null) {
                text.append(" -> ").append(redirect);
            }
            if (failure != null) {
                StringWriter trace = new StringWriter();
                failure.printStackTrace(new PrintWriter(trace));
                Throwable root = failure;
                while (root.getCause() != null && root.getCause() != root) {
                    root = root.getCause();
                }
                text.append("\n        root cause: ").append(root);
                text.append("\n        ").append(Arrays.stream(trace.toString().split("\\R"))
                        .filter(line -> !line.isBlank())
                        .limit(12)
                        .collect(Collectors.joining("\n        ")));
            }
            else if (leaks()) {
                var matcher = LEAK.matcher(body);
                matcher.find();
                int from = Math.max(0, matcher.start() - 120);
                text.append(", body shows: ...").append(body, from, Math.min(body.length(), matcher.end() + 200))
                        .append("...");
            }
            return text.toString();
        }
    }
}
