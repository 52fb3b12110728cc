package org.dialoguetracker.report;

import org.dialoguetracker.shared.AccessRules;
import org.dialoguetracker.shared.Role;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** A report's draft, its tools and its sign-offs are for organisers and admins; the published editions for all. */
@Component
class ReportAccess implements AccessRules {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/meetings/*/report/draft", "/meetings/*/report/draft/**")
                .hasAnyRole(AccessRules.roles(Role.ORGANISER, Role.ADMIN));
    }
}
