package org.dialoguetracker.shared;

import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartResolver;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;

/**
 * A form larger than the container reads gets the app's 413 page ({@code error/413}), which says that nothing was
 * saved and links back to the page the form was on, instead of Tomcat's bare 413 (form-encoded) or 500 (multipart).
 *
 * <p>Tomcat reads a form's fields up to {@code server.tomcat.max-http-form-post-size} (2 MB, far above any form of
 * the tracker, whose longest texts are tens of thousands of characters: below it, a form too long for its fields
 * comes back with the fields' messages). Beyond it Tomcat refuses to read the fields, and the first filter that asks
 * for one ({@link NulCharacterFilter}, or the CSRF check for a multipart form) gets an exception that no controller
 * or exception handler sees; the container's error dispatch then fails too, because the way to {@code /error} asks for
 * the fields again. This filter, ahead of every filter that reads them, catches that failure, asks the container
 * why the fields could not be read, and answers a form too large with the page, rendered on its own
 * ({@link StandalonePages}). Any other failure goes on as before. A filter that already answers its own form's size
 * (the bulk import's) does so before this one sees anything.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class OversizedRequests extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(OversizedRequests.class);

    private final MultipartResolver multipart = new StandardServletMultipartResolver();

    private final StandalonePages pages;

    OversizedRequests(StandalonePages pages) {
        this.pages = pages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        }
        catch (ServletException | IOException | RuntimeException failure) {
            if (response.isCommitted() || !tooLargeToRead(request)) {
                throw failure;
            }
            log.info("A form of {} bytes to {} was too large to read", request.getContentLengthLong(),
                    request.getRequestURI());
            Map<String, Object> variables = new HashMap<>();
            variables.put("back", back(request));
            pages.render(request, response, HttpStatus.CONTENT_TOO_LARGE, "error/413", variables);
        }
    }

    /** Whether the container refused to read the request's fields because of their size. */
    private boolean tooLargeToRead(HttpServletRequest request) {
        if (multipart.isMultipart(request)) {
            try {
                multipart.resolveMultipart(request);
                return false;
            }
            catch (MaxUploadSizeExceededException tooLarge) {
                return true;
            }
            catch (MultipartException unreadable) {
                return false;
            }
        }
        try {
            request.getParameterMap();
            return false;
        }
        catch (InvalidParameterException refused) {
            return refused.getErrorCode() == HttpStatus.CONTENT_TOO_LARGE.value();
        }
    }

    /** The page the form was on, as a path of this site, when the browser said so; otherwise null. */
    static String back(HttpServletRequest request) {
        String referer = request.getHeader(HttpHeaders.REFERER);
        if (referer == null) {
            return null;
        }
        try {
            URI page = URI.create(referer);
            if (!request.getServerName().equalsIgnoreCase(page.getHost()) || page.getRawPath() == null
                    || !page.getRawPath().startsWith(request.getContextPath() + "/")) {
                return null;
            }
            return page.getRawPath() + (page.getRawQuery() == null ? "" : "?" + page.getRawQuery());
        }
        catch (IllegalArgumentException unreadable) {
            return null;
        }
    }
}
