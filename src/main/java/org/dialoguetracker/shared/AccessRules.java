package org.dialoguetracker.shared;

import java.util.Set;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's part of the pages' access rules, declared by the module as a bean and collected by the pages' security
 * chain (account's {@code SecurityConfiguration}), so that no central list needs editing when a module is added.
 *
 * <p>The chain applies, in this order: what anyone may open (the login page, health, static assets); every module's
 * {@link #authorize} rules; {@code /admin/**} and the other actuator endpoints for admins; the organisers' pages named
 * by every module's {@link #organiserPages}; then reading (GET, HEAD) for every signed-in role and changing (POST) for
 * organisers and admins; anything else is refused.
 */
public interface AccessRules {

    /** Rules more particular than the general ones, such as a path only organisers may read. */
    default void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
    }

    /**
     * The last path segments of this module's forms and organisers' tools, read with GET: {@code new} for
     * {@code /meetings/new}, {@code edit} for {@code /recommendations/7/edit}. Each must be a plain word.
     */
    default Set<String> organiserPages() {
        return Set.of();
    }

    /** The role names of {@link Role}, as {@code hasAnyRole(...)} takes them. */
    static String[] roles(Role... roles) {
        String[] names = new String[roles.length];
        for (int i = 0; i < roles.length; i++) {
            names[i] = roles[i].name();
        }
        return names;
    }
}
