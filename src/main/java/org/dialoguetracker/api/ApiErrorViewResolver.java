package org.dialoguetracker.api;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.json.JacksonJsonView;

/**
 * An error that reaches the container's error page on the API's paths (an unknown path under {@code /api/}, a
 * request the firewall refuses) is answered as a JSON problem document even to a browser, which would otherwise
 * get the HTML error page. The API's own routes answer their errors themselves ({@link ApiExceptionHandling}).
 */
@Component
class ApiErrorViewResolver implements ErrorViewResolver, Ordered {

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        String uri = apiPath(request);
        if (uri == null) {
            return null;
        }
        JacksonJsonView view = new JacksonJsonView();
        view.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        view.setModelKey("problem");
        view.setExtractValueFromSingleKeyModel(true);
        ModelAndView answer = new ModelAndView(view, "problem", problem(status, uri));
        answer.setStatus(status);
        return answer;
    }

    /** The path of the request that failed when it is one of the API's, else null. */
    static String apiPath(HttpServletRequest request) {
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return path instanceof String uri && (uri.startsWith("/api/") || uri.startsWith("/v3/api-docs")) ? uri : null;
    }

    /** The fields of an RFC 9457 problem, as the API's other errors have them. */
    static Map<String, Object> problem(HttpStatus status, String uri) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("instance", uri);
        return problem;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
