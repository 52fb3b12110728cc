package org.dialoguetracker.api;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;

/**
 * Spring Boot's error controller, except that an error on the API's paths is answered with a problem document
 * ({@code application/problem+json}) to a client that asks for JSON too: what the container refuses before any
 * controller of the API sees the request (a NUL in a parameter, invalid UTF-8, TRACE or an unknown method) would
 * otherwise get Boot's own JSON shape, the one 4xx answer of the API that is not a problem document. Browsers asking
 * for HTML get the same document through {@link ApiErrorViewResolver}; every other path is Boot's as before.
 */
@Controller
// the command line (--backup, --restore) runs without a web server, and so without Boot's error handling
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ApiErrorController extends BasicErrorController {

    ApiErrorController(ErrorAttributes errors, WebProperties web, ObjectProvider<ErrorViewResolver> resolvers) {
        super(errors, web.getError(), resolvers.orderedStream().toList());
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        String uri = ApiErrorViewResolver.apiPath(request);
        if (uri == null) {
            return super.error(request);
        }
        HttpStatus status = getStatus(request);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ApiErrorViewResolver.problem(status, uri));
    }
}
