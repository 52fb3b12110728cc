package org.dialoguetracker.document;

import java.util.Set;

import org.dialoguetracker.shared.AccessRules;
import org.dialoguetracker.shared.Role;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * This module's access rules: a document's earlier versions are for organisers and admins; reading a document is for
 * every signed-in role by the general rules, and the service refuses what the reader may not read. Uploads, replacing,
 * changing the access level and deleting are POSTs, for organisers and admins by the general rules.
 */
@Component
class DocumentAccess implements AccessRules {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.GET, "/documents/*/versions/**")
                .hasAnyRole(AccessRules.roles(Role.ORGANISER, Role.ADMIN));
    }

    @Override
    public Set<String> organiserPages() {
        return Set.of();
    }
}
