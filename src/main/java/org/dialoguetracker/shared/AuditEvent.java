package org.dialoguetracker.shared;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Something the audit trail records, published by the module it happened in (an account changed, an export, a
 * refused login). The audit module writes it down; no module calls the audit module. Who and from where are taken
 * when the event is made, on the thread of the request, so that a listener on another thread records them right.
 *
 * <p>Changes to records are not published this way: Hibernate Envers keeps them as revisions.
 */
public record AuditEvent(AuditKind kind, String username, String summary, String address) {

    public AuditEvent {
        if (kind == AuditKind.CHANGE) {
            throw new IllegalArgumentException("changes are recorded by Envers");
        }
    }

    /** An event of the signed-in user, from the address of the current request. */
    public static AuditEvent byCurrentUser(AuditKind kind, String summary) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String address = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRemoteAddr() : null;
        return new AuditEvent(kind, authentication == null ? null : authentication.getName(), summary, address);
    }
}
