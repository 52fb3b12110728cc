package org.dialoguetracker.review;

import java.util.Set;

import org.dialoguetracker.shared.AccessRules;
import org.dialoguetracker.shared.SecurityHeaders;
import org.dialoguetracker.shared.StandalonePages;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.session.NullAuthenticatedSessionStrategy;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RegexRequestMatcher;

/**
 * The guest reviewers' security chain: {@code /review/**}, ordered after the API's and before the pages'. A guest has
 * no account and no session: the token in the link's path authenticates each request anew ({@link ReviewLinkFilter}),
 * for that invitation's draft only, and the chain neither reads nor writes a session, so a signed-in user's session
 * grants nothing here and a guest's visit grants nothing elsewhere (every other path is the pages' or the API's chain,
 * which know nothing of review links: a guest is an anonymous visitor there, sent to the login page or answered 401).
 *
 * <p>Why no session bound to the invitation: the link is the credential the guest holds anyway, and checking it on
 * each request means a revocation or an expiry takes effect at the next request, on every instance, with nothing to
 * invalidate; and nothing a guest does leaves a session row behind. The comment form's CSRF token is kept in a cookie
 * of {@code /review} (the double-submit pattern) for the same reason. Referrers are never sent from these pages: the
 * address holds the token.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ReviewSecurity {

    /** The two review routes, by a token's shape; the filter has already checked the token when these are asked. */
    private static final String LINK = "^/review/[A-Za-z0-9_-]{43}(\\?.*)?$";

    private static final String COMMENTS = "^/review/[A-Za-z0-9_-]{43}/comments(\\?.*)?$";

    static final String CSRF_COOKIE = "REVIEW-XSRF-TOKEN";

    @Bean
    @Order(2)
    SecurityFilterChain reviewFilterChain(HttpSecurity http, ReviewInvitations invitations, ReviewThrottle throttle,
            StandalonePages pages) throws Exception {
        CookieCsrfTokenRepository csrfCookie = new CookieCsrfTokenRepository();
        csrfCookie.setCookieName(CSRF_COOKIE);
        csrfCookie.setCookiePath("/review");
        csrfCookie.setCookieCustomizer(cookie -> cookie.sameSite("Strict"));
        http.securityMatcher("/review", "/review/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(RegexRequestMatcher.regexMatcher(HttpMethod.GET, LINK))
                        .hasRole(GuestAuthentication.ROLE)
                        .requestMatchers(RegexRequestMatcher.regexMatcher(HttpMethod.POST, COMMENTS))
                        .hasRole(GuestAuthentication.ROLE)
                        .anyRequest().denyAll())
                // and no session strategy on the guest's authentication: the default one (a new session id, against
                // fixation) would rotate the id of a signed-in user's session that came along, in that response only,
                // and sign them out everywhere else
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
                        .sessionAuthenticationStrategy(new NullAuthenticatedSessionStrategy()))
                .securityContext(context -> context.securityContextRepository(
                        new RequestAttributeSecurityContextRepository()))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfCookie))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new ReviewLinkFilter(invitations, throttle, pages),
                        AnonymousAuthenticationFilter.class)
                // anything else under /review is refused with the 403 page, to guests and signed-in users alike
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, ex) ->
                                response.sendError(HttpStatus.FORBIDDEN.value()))
                        .accessDeniedHandler((request, response, ex) ->
                                response.sendError(HttpStatus.FORBIDDEN.value())))
                .headers(SecurityHeaders.standard())
                .headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }

    /** The reviewers' page of a meeting is an organisers' tool. */
    @Bean
    AccessRules reviewAccess() {
        return new AccessRules() {

            @Override
            public Set<String> organiserPages() {
                return Set.of("reviewers");
            }
        };
    }
}
