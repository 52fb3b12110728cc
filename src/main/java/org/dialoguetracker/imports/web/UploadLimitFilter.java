package org.dialoguetracker.imports.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartResolver;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;

/**
 * Sends an upload to the import page that is beyond {@code spring.servlet.multipart.max-file-size} back to that page,
 * which says why. Tomcat refuses such a request when its parameters are first read, and the CSRF check reads them
 * before anything else, so no controller or exception handler would see it: the admin would get the container's
 * bare 413 page. This filter, just ahead of Spring Security, reads the upload first. Any other failure to read it
 * is left to the usual handling.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1)
class UploadLimitFilter extends OncePerRequestFilter {

    static final String IMPORT_PATH = "/admin/import";

    private final MultipartResolver multipart = new StandardServletMultipartResolver();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !IMPORT_PATH.equals(request.getRequestURI().substring(request.getContextPath().length()))
                || !multipart.isMultipart(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            multipart.resolveMultipart(request);
        }
        catch (MaxUploadSizeExceededException tooLarge) {
            response.sendRedirect(request.getContextPath() + IMPORT_PATH + "?tooLarge=true");
            return;
        }
        catch (MultipartException unreadable) {
            // not a matter of size: the request goes on, and fails where it would have failed anyway
        }
        chain.doFilter(request, response);
    }
}
