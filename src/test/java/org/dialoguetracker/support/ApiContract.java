package org.dialoguetracker.support;

import java.util.Set;
import java.util.function.Supplier;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.mockmvc.MockMvcResponse;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.report.ValidationReport.Message;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultHandler;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.context.WebApplicationContext;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The API's contract, checked on every answer the test suite gets from it: each response to a request under
 * {@code /api/} that any test makes through the shared context's MockMvc is validated against the OpenAPI
 * description the application itself serves at {@code /v3/api-docs} (Atlassian's swagger-request-validator),
 * and the request fails with the validator's report when the answer does not match it: a field the description
 * does not declare nullable comes back null, a status code it does not list, a content type it does not name.
 *
 * <p>Only the responses are checked: tests send parameters the API refuses on purpose, and what the API says to
 * them is part of the contract too. A request outside the description (an unknown path, a method the API does not
 * offer) has no operation to check against; {@code ApiMalformedRequestTest} covers what those get.
 *
 * <p>Imported by {@link IntegrationTest} and {@link CountsStatements}, so it adds no application context of its own.
 * The description is read once per context, at the first API answer.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ApiContract {

    /** Requests that name no operation of the description: nothing to validate their answer against. */
    private static final Set<String> OUTSIDE_THE_CONTRACT = Set.of("validation.response.path.missing",
            "validation.response.operation.notAllowed", "validation.request.path.missing",
            "validation.request.operation.notAllowed");

    @Bean
    MockMvcBuilderCustomizer apiContractValidation(WebApplicationContext context) {
        Supplier<OpenApiInteractionValidator> validator = SingletonSupplier.of(() -> validator(context));
        ResultHandler check = result -> validate(validator, result);
        return builder -> builder.alwaysDo(check);
    }

    /** The validator of the description the application serves, read through a MockMvc of its own. */
    public static OpenApiInteractionValidator validator(WebApplicationContext context) {
        try {
            MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
            String description = mvc.perform(get("/v3/api-docs").with(user("contract").roles("RESEARCHER")))
                    .andReturn().getResponse().getContentAsString();
            return OpenApiInteractionValidator.createForInlineApiSpecification(description).build();
        }
        catch (Exception ex) {
            throw new IllegalStateException("Could not read the API's description at /v3/api-docs", ex);
        }
    }

    private static void validate(Supplier<OpenApiInteractionValidator> validator, MvcResult result) {
        MockHttpServletRequest request = result.getRequest();
        if (!request.getRequestURI().startsWith("/api/")) {
            return;
        }
        if (result.getResponse().isCommitted() && result.getResponse().getContentLength() == 0
                && result.getResponse().getContentAsByteArray().length == 0 && result.getResponse().getStatus() >= 400) {
            // sent with sendError by a filter (a NUL in a parameter): the container's error dispatch writes the
            // problem document, which MockMvc does not perform; ApiMalformedRequestTest checks it over a socket
            return;
        }
        Request.Method method;
        try {
            method = Request.Method.valueOf(request.getMethod());
        }
        catch (IllegalArgumentException ex) {
            return;
        }
        ValidationReport report = validator.get().validateResponse(request.getRequestURI(), method,
                MockMvcResponse.of(result.getResponse()));
        ValidationReport errors = ValidationReport.from(report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .filter(message -> !OUTSIDE_THE_CONTRACT.contains(message.getKey())).toList());
        if (errors.hasErrors()) {
            throw new AssertionError("The answer to " + request.getMethod() + " " + request.getRequestURI()
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString()) + " ("
                    + result.getResponse().getStatus() + ") does not match /v3/api-docs:\n"
                    + errors.getMessages().stream().map(Message::toString).reduce((a, b) -> a + "\n" + b).orElse(""));
        }
    }
}
