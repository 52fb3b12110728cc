package org.dialoguetracker.review;

import java.time.Duration;

import org.dialoguetracker.shared.AuditEvent;
import org.dialoguetracker.shared.AuditKind;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing review links, as account's {@code LoginThrottle} slows down guessing passwords: after
 * {@value #PER_ADDRESS} unknown review links asked for from one address within {@link #WINDOW}, every review link
 * asked for from that address, valid or not, is refused with the 429 page until the window has passed (a valid one
 * let through would tell the guesser when they hit). The address is the connection's, never a header the client
 * writes.
 *
 * <p>Counted from the audit trail (REVIEW_REFUSED entries, read here by SQL), so it holds across instances and keeps
 * nothing in memory, whatever arrives: a million random tokens grow no map. A refusal while throttled is not recorded,
 * so the trail grows by at most {@value #PER_ADDRESS} entries per address and window.
 */
@Component
class ReviewThrottle {

    static final int PER_ADDRESS = 20;

    static final Duration WINDOW = Duration.ofMinutes(10);

    private final JdbcTemplate jdbc;

    private final ApplicationEventPublisher events;

    ReviewThrottle(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Whether review links asked for from this address are refused for now. */
    boolean isThrottled(String address) {
        if (address == null) {
            return false;
        }
        Integer failed = jdbc.queryForObject("""
                select count(*) from audit_event
                 where kind = 'REVIEW_REFUSED' and address = ? and occurred_at > now() - make_interval(secs => ?)""",
                Integer.class, address, WINDOW.toSeconds());
        return failed != null && failed >= PER_ADDRESS;
    }

    /** Records an unknown review link asked for from this address: never the token itself. */
    void failed(String address) {
        events.publishEvent(new AuditEvent(AuditKind.REVIEW_REFUSED, null, "an unknown review link was refused",
                address));
    }
}
