package org.dialoguetracker.api;

import org.dialoguetracker.shared.AccessRules;
import org.dialoguetracker.shared.Role;
import org.dialoguetracker.shared.SecurityHeaders;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * The JSON API ({@code /api/**} and its OpenAPI description) has a security chain of its own, before the pages':
 * read-only, signed in by the browser's session or by a personal access token, answering refusals with JSON rather
 * than the login page. Each user's own profile (personal access tokens) is theirs to change, whatever their role.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ApiSecurity {

    private static final String[] READERS = AccessRules.roles(Role.RESEARCHER, Role.ORGANISER, Role.ADMIN);

    /** The API and its description, for the three reading roles; the docs are no more public than the data. */
    static final String[] API_PATHS = { "/api/**", "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml" };

    /**
     * The API: GET (and HEAD) for researchers, organisers and admins; every other method refused, whoever asks.
     * A call is signed in either by an {@code Authorization: Bearer} personal access token, checked on every call,
     * or by the session of a browser signed in to the pages. The chain is STATELESS: it reads that session's
     * security context but never creates a session nor keeps anything of a call in one.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiAuthentication api) throws Exception {
        HttpSessionSecurityContextRepository browserSession = new HttpSessionSecurityContextRepository();
        browserSession.setAllowSessionCreation(false);
        http.securityMatcher(API_PATHS)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/**").hasAnyRole(READERS)
                        .requestMatchers(HttpMethod.HEAD, "/**").hasAnyRole(READERS)
                        .anyRequest().denyAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(browserSession))
                // CSRF protects changes made with a browser's ambient credentials (its session cookie). The API
                // makes no change (every method but GET and HEAD is refused above, for every role), and a token
                // travels in a header no other site can make a browser send; so there is nothing to protect here.
                // The HTML pages and their forms keep CSRF in the pages' chain.
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .addFilterBefore(api.bearerTokenFilter(), AnonymousAuthenticationFilter.class)
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(api.unauthorized())
                        .accessDeniedHandler(api.forbidden()))
                .headers(SecurityHeaders.standard());
        return http.build();
    }

    /** One's own tokens, on the profile page: the controller acts on the signed-in user's records only. */
    @Bean
    AccessRules profileAccess() {
        return new AccessRules() {

            @Override
            public void authorize(
                    AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
                requests.requestMatchers(HttpMethod.POST, "/profile/**").hasAnyRole(READERS);
            }
        };
    }
}
