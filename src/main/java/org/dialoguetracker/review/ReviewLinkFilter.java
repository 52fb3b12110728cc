package org.dialoguetracker.review;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.dialoguetracker.shared.RequestLanguage;
import org.dialoguetracker.shared.StandalonePages;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The review chain's authentication: the token in a review link's path, checked on every request. Whatever the
 * request brought (a signed-in user's session, a test's user) is dropped first, so that under {@code /review/**} the
 * only principal there can be is the guest of the link's invitation, and only on the two review routes.
 *
 * <p>A review route's token is looked up after the throttle: from a throttled address the 429 page; an unknown token
 * the 404 page (counted by the throttle); an expired or revoked one the 410 page saying so; a valid one makes the
 * request the {@link GuestAuthentication} of its invitation. These pages are rendered here, in the link's language,
 * with the guests' layout: never the login form.
 */
class ReviewLinkFilter extends OncePerRequestFilter {

    /** The review routes: a link, and the comments posted from it. Any other path under /review is refused. */
    static final Pattern ROUTE = Pattern.compile("/review/([^/]*)(/comments)?");

    private final ReviewInvitations invitations;

    private final ReviewThrottle throttle;

    private final StandalonePages pages;

    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    ReviewLinkFilter(ReviewInvitations invitations, ReviewThrottle throttle, StandalonePages pages) {
        this.invitations = invitations;
        this.throttle = throttle;
        this.pages = pages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SecurityContext context = contexts.createEmptyContext();
        contexts.setContext(context);
        Locale language = RequestLanguage.choose(request);
        Matcher route = ROUTE.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (!route.matches()) {
            chain.doFilter(request, response);
            return;
        }
        String address = request.getRemoteAddr();
        if (throttle.isThrottled(address)) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(ReviewThrottle.WINDOW.toSeconds()));
            refuse(request, response, language, HttpStatus.TOO_MANY_REQUESTS, "throttled");
            return;
        }
        ReviewInvitations.Opening opening = invitations.open(route.group(1));
        if (opening.unknown()) {
            throttle.failed(address);
            refuse(request, response, language, HttpStatus.NOT_FOUND, "unknown");
        }
        else if (opening.state() != InvitationState.ACTIVE) {
            refuse(request, response, language, HttpStatus.GONE, opening.state().name().toLowerCase(Locale.ROOT));
        }
        else {
            context.setAuthentication(new GuestAuthentication(opening.guest()));
            chain.doFilter(request, response);
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, Locale language, HttpStatus status,
            String reason) throws IOException {
        HttpServletRequest inLanguage = new HttpServletRequestWrapper(request) {

            @Override
            public Locale getLocale() {
                return language;
            }
        };
        pages.render(inLanguage, response, status, "review/refused", Map.of("reason", reason));
    }
}
