package org.dialoguetracker.account;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

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
 * Slows down password guessing, without letting a guesser lock anybody out. Within {@link #WINDOW}, after
 * {@value #PER_ACCOUNT} failed logins for one account from one address, or {@value #PER_ADDRESS} from one address
 * for any accounts, further attempts from that address are refused without checking the password until the window
 * has passed. The account's owner, signing in from another address, is never refused because of someone else's
 * guesses. The address is the connection's ({@link HttpServletRequest#getRemoteAddr()}), never a header the client
 * writes, such as {@code X-Forwarded-For}.
 *
 * <p>Counted from the audit trail (the audit module's {@code audit_event} table, read here by SQL), so it holds across
 * instances. Each refusal is recorded there too, as an {@link AuditEvent} of kind {@link AuditKind#LOGIN_THROTTLED},
 * where the owner ({@code /profile/sign-ins}) and the admins ({@code /admin/audit}) see it; only the failed logins
 * ({@link AuditKind#LOGIN_FAILED}) are counted, so attempts refused while throttled do not extend the throttle. Part
 * of the security filter chain, before the login itself.
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
            events.publishEvent(new AuditEvent(AuditKind.LOGIN_THROTTLED, username,
                    "refused without checking the password: too many failed logins from this address", address));
            response.sendRedirect(request.getContextPath() + "/login?throttled");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether logins for this account from this address are refused for now. */
    boolean isThrottled(String username, String address) {
        if (address == null) {
            return false;
        }
        Map<String, Object> failed = jdbc.queryForMap("""
                select count(*) filter (where lower(username) = lower(?)) as by_account, count(*) as by_address
                  from audit_event
                 where kind = 'LOGIN_FAILED' and address = ? and occurred_at > now() - make_interval(secs => ?)""",
                username == null ? "" : username, address, WINDOW.toSeconds());
        return ((Number) failed.get("by_account")).intValue() >= PER_ACCOUNT
                || ((Number) failed.get("by_address")).intValue() >= PER_ADDRESS;
    }
}
