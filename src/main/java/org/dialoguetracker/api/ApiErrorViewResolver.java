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
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (!(path instanceof String uri) || !(uri.startsWith("/api/") || uri.startsWith("/v3/api-docs"))) {
            return null;
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("instance", uri);
        JacksonJsonView view = new JacksonJsonView();
        view.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        view.setModelKey("problem");
        view.setExtractValueFromSingleKeyModel(true);
        ModelAndView answer = new ModelAndView(view, "problem", problem);
        answer.setStatus(status);
        return answer;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
