package org.dialoguetracker.audit;

import org.dialoguetracker.shared.AuditEvent;
import org.dialoguetracker.shared.AuditKind;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What the trail hears: the audit events the other modules publish (account changes, exports, refused logins), and
 * Spring Security's own events of logins, failed logins and logouts, with the address they came from.
 */
@Component
class SecurityAuditListener {

    private final AuditTrail trail;

    SecurityAuditListener(AuditTrail trail) {
        this.trail = trail;
    }

    /**
     * An event published in a transaction is recorded once that transaction has committed (an account whose creation
     * failed is not recorded as created); the event publication registry keeps it until then, and a restart
     * delivers it again if the app stopped in between. One published outside any transaction (an export, a refused
     * login) is recorded at once. Either way in a transaction of the trail's own, before the publisher goes on.
     */
    @TransactionalEventListener(fallbackExecution = true)
    void published(AuditEvent event) {
        trail.record(event.kind(), event.username(), event.summary(), event.address());
    }

    @EventListener
    void loggedIn(AuthenticationSuccessEvent event) {
        trail.record(AuditKind.LOGIN, event.getAuthentication().getName(), "login",
                address(event.getAuthentication().getDetails()));
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        trail.record(AuditKind.LOGIN_FAILED, event.getAuthentication().getName(),
                "failed login: " + event.getException().getClass().getSimpleName(),
                address(event.getAuthentication().getDetails()));
    }

    @EventListener
    void loggedOut(LogoutSuccessEvent event) {
        trail.record(AuditKind.LOGOUT, event.getAuthentication().getName(), "logout",
                address(event.getAuthentication().getDetails()));
    }

    private static String address(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }
}
