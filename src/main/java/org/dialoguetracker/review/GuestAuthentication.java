package org.dialoguetracker.review;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A request authenticated by a valid review link: the guest of one invitation, with the one authority that only the
 * review chain's two routes ask for. It lives for the request; nothing of it is kept in a session.
 */
final class GuestAuthentication extends AbstractAuthenticationToken {

    static final String ROLE = "GUEST_REVIEWER";

    private final GuestReviewer guest;

    GuestAuthentication(GuestReviewer guest) {
        super(List.of(new SimpleGrantedAuthority("ROLE_" + ROLE)));
        this.guest = guest;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public GuestReviewer getPrincipal() {
        return guest;
    }

    @Override
    public String getName() {
        return guest.auditName();
    }
}
