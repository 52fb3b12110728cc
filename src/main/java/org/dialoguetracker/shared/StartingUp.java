package org.dialoguetracker.shared;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Until the application is ready (Spring Boot's readiness state, which turns to accepting traffic once every
 * start-up runner has finished: the demo accounts and the demo data loaded, the first admin created), every page
 * answers 503 with {@code Retry-After} and the app's own page that says it is starting ({@code error/starting}),
 * instead of a login form whose accounts do not exist yet. The health endpoints answer as before
 * ({@code /actuator/health/readiness} says OUT_OF_SERVICE meanwhile), and so do the static assets the page uses.
 * Once ready, the filter costs one map lookup per request.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
public class StartingUp extends OncePerRequestFilter {

    /** How many seconds a client is asked to wait before asking again. */
    static final int RETRY_AFTER_SECONDS = 2;

    private static final List<String> ALWAYS_ANSWERED = List.of("/actuator/", "/webjars/", "/css/", "/js/",
            "/images/", "/favicon.ico");

    private final ObjectProvider<ApplicationAvailability> availability;

    private final StandalonePages pages;

    /** Without Spring Boot's availability (a test slice), the application counts as ready. */
    StartingUp(ObjectProvider<ApplicationAvailability> availability, StandalonePages pages) {
        this.availability = availability;
        this.pages = pages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return ALWAYS_ANSWERED.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (ready()) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
        Map<String, Object> variables = new HashMap<>();
        variables.put("retry", "GET".equals(request.getMethod())
                ? request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString())
                : null);
        pages.render(request, response, HttpStatus.SERVICE_UNAVAILABLE, "error/starting", variables);
    }

    /** Whether the application accepts traffic (again false while it shuts down). */
    private boolean ready() {
        ApplicationAvailability state = availability.getIfAvailable();
        return state == null || state.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC;
    }
}
