package org.dialoguetracker.meeting;

import java.util.Set;

import org.dialoguetracker.shared.AccessRules;
import org.dialoguetracker.shared.Role;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

import org.springframework.stereotype.Component;

/** This module's organisers' pages, for the pages' security chain. */
@Component
class MeetingAccess implements AccessRules {

    /** The attendance tool's steps name people: for organisers and admins, as the tool itself. */
    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/meetings/*/attendance/**").hasAnyRole(AccessRules.roles(Role.ORGANISER, Role.ADMIN));
    }

    @Override
    public Set<String> organiserPages() {
        return Set.of("new", "edit", "attendance", "move");
    }
}
