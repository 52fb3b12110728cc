package org.dialoguetracker.api;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * What the API's security filter chain ({@link ApiSecurity}) takes from this feature: the filter that
 * signs a call in by its {@code Authorization: Bearer <token>} header, and the JSON answers for a caller who is
 * not signed in (401) or who asks for what the API refuses (403), in place of the login page and the HTML 403.
 */
@Component
public class ApiAuthentication {

    private static final String BEARER = "bearer ";

    private final ApiTokens tokens;

    private final JsonMapper json;

    ApiAuthentication(ApiTokens tokens, JsonMapper json) {
        this.tokens = tokens;
        this.json = json;
    }

    /**
     * Signs in a call that sends a personal access token; a call without one goes on as it came (a browser's
     * session may sign it in). A token that is unknown, revoked, expired or whose owner is deactivated gets the
     * 401 answer at once, whatever else the call carries. Nothing is kept in a session.
     */
    public AuthenticationFilter bearerTokenFilter() {
        AuthenticationFilter filter = new AuthenticationFilter(new ProviderManager(new TokenProvider(tokens)),
                new BearerHeader());
        filter.setSuccessHandler((request, response, authentication) -> {
        });
        filter.setFailureHandler(new AuthenticationEntryPointFailureHandler(unauthorized()));
        return filter;
    }

    /** 401 as JSON (the fields of an RFC 9457 problem, as the API's other errors), with the {@code WWW-Authenticate} challenge of RFC 6750. */
    public AuthenticationEntryPoint unauthorized() {
        return (request, response, exception) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"dialogue-tracker\"");
            write(request, response, HttpStatus.UNAUTHORIZED, "Sign in, or send a personal access token as "
                    + "'Authorization: Bearer <token>'. Tokens are created on the profile page.");
        };
    }

    /** 403 as JSON: the API only reads; and a signed-in account without one of the reading roles. */
    public AccessDeniedHandler forbidden() {
        return (request, response, exception) -> write(request, response, HttpStatus.FORBIDDEN,
                "The API is read-only: it answers GET only, and only to researchers, organisers and admins.");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    /** The secret of an {@code Authorization: Bearer} header; null when the header is absent or of another scheme. */
    private static final class BearerHeader implements AuthenticationConverter {

        @Override
        public Authentication convert(HttpServletRequest request) {
            String header = request.getHeader(HttpHeaders.AUTHORIZATION);
            if (header == null || !header.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
                return null;
            }
            return new BearerToken(header.substring(BEARER.length()).strip());
        }
    }

    /** A token as the call sent it, not yet checked. */
    private static final class BearerToken extends AbstractAuthenticationToken {

        private final String secret;

        BearerToken(String secret) {
            super(List.of());
            this.secret = secret;
        }

        @Override
        public Object getCredentials() {
            return secret;
        }

        @Override
        public Object getPrincipal() {
            return null;
        }
    }

    private record TokenProvider(ApiTokens tokens) implements AuthenticationProvider {

        @Override
        public Authentication authenticate(Authentication authentication) {
            String secret = (String) authentication.getCredentials();
            return tokens.authenticate(secret)
                    .map(owner -> UsernamePasswordAuthenticationToken.authenticated(owner.username(), null,
                            AuthorityUtils.createAuthorityList(owner.role().authority())))
                    .orElseThrow(() -> new BadCredentialsException("unknown, revoked or expired API token"));
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return BearerToken.class.isAssignableFrom(authentication);
        }
    }
}
