package org.dialoguetracker.account;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.dialoguetracker.shared.AccessRules;
import org.dialoguetracker.shared.Role;
import org.dialoguetracker.shared.SecurityHeaders;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.util.matcher.RegexRequestMatcher;

/**
 * The role table of the product brief, for the pages. Reading is for every signed-in role, forms and every change are
 * for organisers and admins, administration ({@code /admin/**}, and the actuator's endpoints but health) is for
 * admins; any other method is refused. A refusal is answered with the 403 page through the container's error dispatch.
 *
 * <p>Each module adds its own rules as an {@link AccessRules} bean: the organisers' pages it has, and any path more
 * particular than the general rules (people's names and contacts for organisers only; one's own profile for every
 * role). The API's chain is the api module's own.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    private static final String[] READERS = AccessRules.roles(Role.RESEARCHER, Role.ORGANISER, Role.ADMIN);

    private static final String[] EDITORS = AccessRules.roles(Role.ORGANISER, Role.ADMIN);

    /**
     * Pages that are forms or organisers' tools, by the last segment of their path, as every module names them:
     * {@code /meetings/new}, {@code /recommendations/7/edit}, {@code /meetings/3/attendance}…
     */
    static String organiserPages(List<AccessRules> modules) {
        Set<String> segments = new TreeSet<>();
        for (AccessRules module : modules) {
            for (String segment : module.organiserPages()) {
                if (!segment.matches("[a-z][a-z-]*")) {
                    throw new IllegalArgumentException("an organisers' page is named by a plain word: " + segment);
                }
                segments.add(segment);
            }
        }
        return "^[^?]*/(" + String.join("|", segments) + ")(\\?.*)?$";
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationSuccessHandler loginSuccess,
            JdbcTemplate jdbc, ApplicationEventPublisher events, List<AccessRules> modules) throws Exception {
        http.authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/login", "/error", "/actuator/health", "/actuator/health/**",
                            "/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico").permitAll();
                    modules.forEach(module -> module.authorize(requests));
                    requests.requestMatchers("/admin/**", "/actuator/**").hasRole(Role.ADMIN.name())
                            .requestMatchers(RegexRequestMatcher.regexMatcher(HttpMethod.GET, organiserPages(modules)))
                            .hasAnyRole(EDITORS)
                            .requestMatchers(HttpMethod.GET, "/**").hasAnyRole(READERS)
                            .requestMatchers(HttpMethod.HEAD, "/**").hasAnyRole(READERS)
                            .requestMatchers(HttpMethod.POST, "/**").hasAnyRole(EDITORS)
                            .anyRequest().denyAll();
                })
                .formLogin(form -> form.loginPage("/login").successHandler(loginSuccess).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .addFilterBefore(new LoginThrottle(jdbc, events), UsernamePasswordAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(SecurityHeaders.standard());
        return http.build();
    }
}
