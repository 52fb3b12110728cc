package org.dialoguetracker.shared.web;

import java.util.Set;

import org.dialoguetracker.shared.Role;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is signed in, as the layout's navigation asks on every page ({@code ${@signedIn.roles()}}): the answers of
 * {@code isAuthenticated()} and {@code hasRole(...)} for the three roles, read from the security context once.
 * Thymeleaf's {@code #authorization.expression(...)} gave the same answers, but looked up the expression handler
 * among the beans and parsed the expression on each of its four calls, about a twentieth of the CPU of a page that
 * is served from {@link PageCache}. The roles have no hierarchy, so a role is held only when granted.
 */
@Component("signedIn")
public class SignedIn {

    /** The answers for a visitor who is not signed in (or is signed in anonymously). */
    static final Roles NOBODY = new Roles(false, false, false, false);

    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

    public Roles roles() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!trust.isAuthenticated(authentication)) {
            return NOBODY;
        }
        Set<String> granted = AuthorityUtils.authorityListToSet(authentication.getAuthorities());
        return new Roles(true, granted.contains(Role.ADMIN.authority()), granted.contains(Role.ORGANISER.authority()),
                granted.contains(Role.RESEARCHER.authority()));
    }

    /** What the navigation offers depends on: whether anyone is signed in, and which of the roles they hold. */
    public record Roles(boolean signedIn, boolean admin, boolean organiser, boolean researcher) {
    }
}
