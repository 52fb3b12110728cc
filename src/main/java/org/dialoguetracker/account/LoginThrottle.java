package org.dialoguetracker.account;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.dialoguetracker.shared.AuditEvent;
import org.dialoguetracker.shared.AuditKind;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down password guessing: after {@value #PER_ACCOUNT} failed logins for one account, or
 * {@value #PER_ADDRESS} from one address, within {@link #WINDOW}, further attempts are refused without checking
 * the password until the window has passed. Counted from the audit trail (the audit module's {@code audit_event}
 * table, read here by SQL), so it holds across instances, and each refusal is itself recorded there (as an
 * {@link AuditEvent}). Part of the security filter chain, before the login itself.
 */
public class LoginThrottle extends OncePerRequestFilter {

    static final int PER_ACCOUNT = 5;

    static final int PER_ADDRESS = 20;

    static final Duration WINDOW = Duration.ofMinutes(15);

    private final JdbcTemplate jdbc;

    private final ApplicationEventPublisher events;

    LoginThrottle(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !("POST".equals(request.getMethod()) && "/login".equals(path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = request.getParameter("username");
        String address = request.getRemoteAddr();
        if (isThrottled(username, address)) {
            events.publishEvent(new AuditEvent(AuditKind.LOGIN_FAILED, username, "refused: too many failed logins",
                    address));
            response.sendRedirect(request.getContextPath() + "/login?throttled");
            return;
        }
        chain.doFilter(request, response);
    }

    boolean isThrottled(String username, String address) {
        Integer byAccount = jdbc.queryForObject("""
                select count(*) from audit_event where kind = 'LOGIN_FAILED'
                   and lower(username) = lower(?) and occurred_at > now() - make_interval(secs => ?)""",
                Integer.class, username == null ? "" : username, WINDOW.toSeconds());
        Integer byAddress = jdbc.queryForObject("""
                select count(*) from audit_event where kind = 'LOGIN_FAILED'
                   and address = ? and occurred_at > now() - make_interval(secs => ?)""",
                Integer.class, address, WINDOW.toSeconds());
        return (byAccount != null && byAccount >= PER_ACCOUNT) || (byAddress != null && byAddress >= PER_ADDRESS);
    }
}
