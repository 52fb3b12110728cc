package org.dialoguetracker.shared;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The app's pages for requests that never reach a controller, rendered straight from a filter: a template of
 * {@code templates/error/} that stands alone ({@code fragments/standalone.html}: no signed-in menu), in the
 * language the browser asks for,
 * with the security headers of the pages. Rendering one needs neither the session nor the database nor the
 * container's error dispatch, which fails for a request whose body the container refused to read (it is read again
 * on the way to {@code /error}).
 */
@Component
public class StandalonePages {

    private final ITemplateEngine templates;

    StandalonePages(ITemplateEngine templates) {
        this.templates = templates;
    }

    /**
     * Answers with {@code template} and {@code status}, replacing whatever was buffered but not yet sent. The caller
     * makes sure the response is not committed.
     */
    public void render(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String template,
            Map<String, Object> variables) throws IOException {
        response.resetBuffer();
        response.setStatus(status.value());
        response.setContentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8).toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("Content-Security-Policy", SecurityHeaders.CONTENT_SECURITY_POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response), language(request), variables);
        templates.process(template, context, response.getWriter());
        response.flushBuffer();
    }

    /** The browser's language if the interface speaks it, otherwise English: the session that keeps the chosen one is not read. */
    private static Locale language(HttpServletRequest request) {
        return "ru".equals(request.getLocale().getLanguage()) ? WebConfiguration.RUSSIAN : Locale.ENGLISH;
    }
}
