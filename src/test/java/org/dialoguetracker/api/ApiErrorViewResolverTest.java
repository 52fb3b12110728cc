package org.dialoguetracker.api;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the container's error page becomes on the API's paths (an unknown path under /api/, a request refused before
 * any controller): a JSON problem document, even for a browser that asks for HTML; elsewhere the HTML error pages.
 */
class ApiErrorViewResolverTest {

    final ApiErrorViewResolver resolver = new ApiErrorViewResolver();

    @Test
    void an_error_under_the_api_is_a_json_problem_document() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.addHeader("Accept", "text/html");
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/api/no-such-thing");
        ModelAndView answer = resolver.resolveErrorView(request, HttpStatus.NOT_FOUND,
                Map.of("status", 404, "error", "Not Found", "path", "/api/no-such-thing"));
        assertThat(answer).isNotNull();
        assertThat(answer.getStatus()).isEqualTo(HttpStatus.NOT_FOUND);
        MockHttpServletResponse response = new MockHttpServletResponse();
        answer.getView().render(answer.getModel(), request, response);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString())
                .isEqualTo("{\"title\":\"Not Found\",\"status\":404,\"instance\":\"/api/no-such-thing\"}");
    }

    @Test
    void the_pages_keep_their_html_error_pages() {
        for (String path : new String[] { "/recommendations/abc", "/apiary", "/profile" }) {
            MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
            request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, path);
            assertThat(resolver.resolveErrorView(request, HttpStatus.NOT_FOUND, Map.of())).as(path).isNull();
        }
    }
}
