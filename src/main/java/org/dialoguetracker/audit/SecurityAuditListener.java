package org.dialoguetracker.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Logins, failed logins and logouts go to the audit trail, with the address they came from. */
@Component
class SecurityAuditListener {

    private final AuditTrail trail;

    SecurityAuditListener(AuditTrail trail) {
        this.trail = trail;
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
