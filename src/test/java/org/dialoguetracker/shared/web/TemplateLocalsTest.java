package org.dialoguetracker.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.IEngineContextFactory;
import org.thymeleaf.context.StandardEngineContextFactory;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A template renders the same through {@link TemplateLocals} as through Thymeleaf's own factory, but sets no request
 * attribute but its model: its {@code th:with} and {@code th:each} variables and fragment parameters stay in the
 * template, a local variable hides a request attribute of its name only inside its element, and what the request
 * held before (the container's, Spring Security's) is still read.
 */
class TemplateLocalsTest {

    private static final String TEMPLATE = """
            <p th:with="local=${'inner ' + model}" th:text="${local}"></p>\
            <i th:each="x, row : ${items}" th:text="${row.count + ':' + x}"></i>\
            <b th:text="${fromRequest}"></b>\
            <s th:with="fromRequest=${null}" th:text="${fromRequest} ?: 'hidden'"></s>\
            <s th:with="fromRequest='shadowed'" th:text="${fromRequest}"></s>\
            <u th:text="${fromRequest}"></u>\
            <em th:text="${local} ?: 'gone'"></em>\
            <div th:fragment="card(title)" th:if="${title != null}" th:text="${title}"></div>\
            <div th:replace="~{::card('a parameter')}"></div>""";

    private static final String EXPECTED = "<p>inner the model</p><i>1:one</i><i>2:two</i><b>set by a filter</b>"
            + "<s>hidden</s><s>shadowed</s><u>set by a filter</u><em>gone</em><div>a parameter</div>";

    @Test
    void rendersAsThymeleafDoesWithoutSettingTheTemplatesVariablesOnTheRequest() {
        Recording withLocals = render(new TemplateLocals(new StandardEngineContextFactory()));
        Recording asBefore = render(new StandardEngineContextFactory());

        assertThat(withLocals.output).isEqualTo(EXPECTED);
        assertThat(asBefore.output).isEqualTo(EXPECTED);
        // Thymeleaf's own factory sets every variable on the request; this one the model only, as before
        assertThat(asBefore.set).contains("local", "x", "row", "title");
        assertThat(withLocals.set).containsOnly("model", "items");
        assertThat(withLocals.request.getAttribute("model")).isEqualTo("the model");
        assertThat(withLocals.request.getAttribute("fromRequest")).isEqualTo("set by a filter");
        for (String local : List.of("local", "x", "row", "title")) {
            assertThat(withLocals.request.getAttribute(local)).as(local).isNull();
        }
    }

    private record Recording(String output, List<String> set, HttpServletRequest request) {
    }

    private static Recording render(IEngineContextFactory factory) {
        SpringTemplateEngine engine = new SpringTemplateEngine();
        StringTemplateResolver resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.HTML);
        engine.setTemplateResolver(resolver);
        engine.setEngineContextFactory(factory);

        MockServletContext servletContext = new MockServletContext();
        MockHttpServletRequest mock = new MockHttpServletRequest(servletContext, "GET", "/page");
        mock.setAttribute("fromRequest", "set by a filter");
        List<String> set = new ArrayList<>();
        HttpServletRequest request = new HttpServletRequestWrapper(mock) {
            @Override
            public void setAttribute(String name, Object value) {
                set.add(name);
                super.setAttribute(name, value);
            }
        };
        var exchange = JakartaServletWebApplication.buildApplication(servletContext)
                .buildExchange(request, new MockHttpServletResponse());
        WebContext context = new WebContext(exchange, Locale.ENGLISH,
                Map.of("model", "the model", "items", List.of("one", "two")));
        String output = engine.process(TEMPLATE, context);
        return new Recording(output, set, request);
    }
}
