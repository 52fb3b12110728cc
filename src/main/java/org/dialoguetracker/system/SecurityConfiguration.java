package org.dialoguetracker.system;

import org.dialoguetracker.account.LoginThrottle;
import org.dialoguetracker.api.ApiAuthentication;
import org.dialoguetracker.account.Role;
import org.dialoguetracker.audit.AuditTrail;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.util.matcher.RegexRequestMatcher;

/**
 * The role table of the product brief. Reading is for every signed-in role, forms and every change are for
 * organisers and admins, administration is for admins; any other method is refused. A refusal is answered
 * with the 403 page through the container's error dispatch. Each user's own profile (personal access tokens) is
 * theirs to change, whatever their role.
 *
 * <p>The JSON API ({@code /api/**} and its OpenAPI description) has a chain of its own: read-only, signed in by
 * the browser's session or by a personal access token, answering refusals with JSON rather than the login page.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    private static final String ADMIN = Role.ADMIN.name();

    private static final String ORGANISER = Role.ORGANISER.name();

    private static final String RESEARCHER = Role.RESEARCHER.name();

    /** Everything from this origin only; no inline script or style; never framed. Bootstrap's icons are data: URLs. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    /**
     * Pages that are forms or organisers' tools, by the last segment of their path: {@code /meetings/new},
     * {@code /recommendations/7/edit}, {@code /recommendations/7/history}, {@code /meetings/3/attendance}…
     */
    static final String ORGANISER_PAGES =
            "^[^?]*/(new|edit|merge|move|status|complete|cancel|archive|history|attendance|minutes)(\\?.*)?$";

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
                        .requestMatchers(HttpMethod.GET, "/**").hasAnyRole(RESEARCHER, ORGANISER, ADMIN)
                        .requestMatchers(HttpMethod.HEAD, "/**").hasAnyRole(RESEARCHER, ORGANISER, ADMIN)
                        .anyRequest().denyAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(browserSession))
                // CSRF protects changes made with a browser's ambient credentials (its session cookie). The API
                // makes no change (every method but GET and HEAD is refused above, for every role), and a token
                // travels in a header no other site can make a browser send; so there is nothing to protect here.
                // The HTML pages and their forms keep CSRF in the chain below.
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .addFilterBefore(api.bearerTokenFilter(), AnonymousAuthenticationFilter.class)
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(api.unauthorized())
                        .accessDeniedHandler(api.forbidden()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        return http.build();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationSuccessHandler loginSuccess,
            JdbcTemplate jdbc, AuditTrail auditTrail) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/error", "/actuator/health", "/actuator/health/**",
                                "/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico")
                        .permitAll()
                        .requestMatchers("/admin/**").hasRole(ADMIN)
                        // people's names and contacts are for organisers and admins only
                        .requestMatchers("/participants/**").hasAnyRole(ORGANISER, ADMIN)
                        .requestMatchers(RegexRequestMatcher.regexMatcher(HttpMethod.GET, ORGANISER_PAGES))
                        .hasAnyRole(ORGANISER, ADMIN)
                        .requestMatchers(HttpMethod.GET, "/**").hasAnyRole(RESEARCHER, ORGANISER, ADMIN)
                        .requestMatchers(HttpMethod.HEAD, "/**").hasAnyRole(RESEARCHER, ORGANISER, ADMIN)
                        // one's own tokens: the controller acts on the signed-in user's records only
                        .requestMatchers(HttpMethod.POST, "/profile/**").hasAnyRole(RESEARCHER, ORGANISER, ADMIN)
                        .requestMatchers(HttpMethod.POST, "/**").hasAnyRole(ORGANISER, ADMIN)
                        .anyRequest().denyAll())
                .formLogin(form -> form.loginPage("/login").successHandler(loginSuccess).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .addFilterBefore(new LoginThrottle(jdbc, auditTrail), UsernamePasswordAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        return http.build();
    }
}
