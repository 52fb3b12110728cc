package org.dialoguetracker.notification;

import org.dialoguetracker.shared.AccessRules;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * A mail's unsubscribe link works without signing in: its signed token is what it acts on. The outbox is under
 * {@code /admin/**}, for admins by the general rules; the preferences post to {@code /profile/notifications}, which
 * every signed-in role may (the api module's rule for {@code /profile/**}).
 */
@Component
class NotificationAccess implements AccessRules {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/unsubscribe/*").permitAll();
    }
}
