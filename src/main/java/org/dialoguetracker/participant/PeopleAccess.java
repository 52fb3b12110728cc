package org.dialoguetracker.participant;

import java.util.Set;

import org.dialoguetracker.shared.AccessRules;
import org.dialoguetracker.shared.Role;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** People's names and contacts are for organisers and admins only, as are the forms of people and institutions. */
@Component
class PeopleAccess implements AccessRules {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/participants/**").hasAnyRole(AccessRules.roles(Role.ORGANISER, Role.ADMIN));
    }

    @Override
    public Set<String> organiserPages() {
        return Set.of("new", "edit", "archive");
    }
}
