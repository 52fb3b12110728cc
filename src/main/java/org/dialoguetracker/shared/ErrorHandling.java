package org.dialoguetracker.shared;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * The one place where exceptions become error pages: unknown records give the 404 page, unreadable parameters
 * the 400 page, a stale edit the 409 page, an upload too large the 413 page (answered here: on the container's error
 * dispatch the upload would be read, and refused, again; see {@link OversizedRequests} for the forms refused before
 * Spring MVC). Anything else reaches Spring Boot's error page ({@code error.html}),
 * which never shows a stack trace.
 */
@ControllerAdvice
class ErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    private static final CurrentUrl CURRENT_URL = new CurrentUrl();

    @ModelAttribute("urls")
    CurrentUrl currentUrl() {
        return CURRENT_URL;
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NotFoundException ex) {
        log.debug("{}", ex.getMessage());
        return "error/404";
    }

    @ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
            BindException.class })
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badRequest(Exception ex, Model model) {
        log.debug("Bad request: {}", ex.getMessage());
        return "error/400";
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    @ResponseStatus(HttpStatus.CONTENT_TOO_LARGE)
    String tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request, Model model) {
        log.info("Upload too large to {}: {}", request.getRequestURI(), ex.getMessage());
        model.addAttribute("back", OversizedRequests.back(request));
        return "error/413";
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict(ObjectOptimisticLockingFailureException ex) {
        log.info("Stale edit refused: {}", ex.getMessage());
        return "error/409";
    }
}
