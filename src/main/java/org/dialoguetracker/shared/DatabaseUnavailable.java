package org.dialoguetracker.shared;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While PostgreSQL cannot be reached, every page answers the app's 503 page ({@code error/503}) within the pool's
 * connection timeout ({@code spring.datasource.hikari.connection-timeout}, a few seconds), saying that the data is
 * safe and the page may be asked again, instead of hanging and ending in Tomcat's bare 500.
 *
 * <p>Nearly every request asks the database in a filter before any controller (the session, the login throttle, the
 * data versions), and the container's error page would ask it again (the session, once more for each dispatch), so
 * the failure is caught here, outside Spring Session and everything after it, and the page rendered on its own
 * ({@link StandalonePages}), without the session or the database; and a request waits for the database once
 * ({@link OneDatabaseWaitPerRequest}). A failure of anything else goes on as before,
 * and so does a failure of the database's own while it answers (a constraint, a bug in a query).
 * The pool gets new connections by itself once the database is back; nothing here needs to recover.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class DatabaseUnavailable extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);

    /** How long a client is asked to wait before it asks again. */
    static final String RETRY_AFTER_SECONDS = "30";

    private final StandalonePages pages;

    private final DatabaseHealth database;

    DatabaseUnavailable(StandalonePages pages, DatabaseHealth database) {
        this.pages = pages;
        this.database = database;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        OneDatabaseWaitPerRequest.begin();
        try {
            chain.doFilter(request, response);
        }
        catch (ServletException | IOException | RuntimeException failure) {
            if (response.isCommitted() || !(unreachable(failure) || dataAccess(failure) && !database.reachable())) {
                throw failure;
            }
            log.warn("The database cannot be reached: {} answered 503 ({})", request.getRequestURI(),
                    failure.getMessage());
            Map<String, Object> variables = new HashMap<>();
            variables.put("retry", "GET".equals(request.getMethod()) ? again(request) : null);
            response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            pages.render(request, response, HttpStatus.SERVICE_UNAVAILABLE, "error/503", variables);
        }
        finally {
            OneDatabaseWaitPerRequest.end();
        }
    }

    /**
     * Whether the failure is the database out of reach: no connection within the pool's timeout, a connection refused
     * or lost (SQL state class 08), as JDBC, Hibernate or Spring report it.
     */
    static boolean unreachable(Throwable failure) {
        return anyCause(failure, cause -> cause instanceof SQLTransientConnectionException
                || cause instanceof SQLNonTransientConnectionException
                || cause instanceof DataAccessResourceFailureException
                || cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08"));
    }

    /**
     * Whether the failure came from the database at all. Some failures do not say that it is out of reach, although
     * it is: a session read on a connection cut mid-query whose rollback then fails ("Connection is closed", no SQL
     * state) replaces the first exception. For those the database is asked once more, within the time health allows
     * ({@link DatabaseHealth}).
     */
    static boolean dataAccess(Throwable failure) {
        return anyCause(failure, cause -> cause instanceof SQLException || cause instanceof DataAccessException
                || cause instanceof TransactionException);
    }

    /** Whether the failure or one of its causes (a cycle of causes ends the search) is such. */
    private static boolean anyCause(Throwable failure, Predicate<Throwable> such) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (such.test(cause)) {
                return true;
            }
        }
        return false;
    }

    /** The address the page was asked at, to ask again. */
    private static String again(HttpServletRequest request) {
        return request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
    }
}
