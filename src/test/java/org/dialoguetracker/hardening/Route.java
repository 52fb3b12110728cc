package org.dialoguetracker.hardening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * One route the application answers: an HTTP method and a path pattern, with the controller method behind it, as
 * Spring MVC's request mappings declare them. A mapping without a method restriction is listed as {@code ANY}.
 */
record Route(String method, String pattern, HandlerMethod handler) {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(?::[^}]*)?}");

    /**
     * Controllers of the framework rather than of the tracker, left out on purpose: Spring Boot's error controller
     * answers the container's error dispatch ({@code /error}) for every status and renders {@code error.html}; the
     * API's subclass of it ({@code api/ApiErrorController}) only answers the API's errors as problem documents.
     * The actuator's endpoints are mapped by their own handler mapping and never appear here.
     */
    private static final Set<String> FRAMEWORK_CONTROLLERS = Set.of("BasicErrorController", "ApiErrorController");

    /** Every route of every {@link RequestMappingHandlerMapping} in the context, sorted by pattern then method. */
    static List<Route> all(ApplicationContext context) {
        List<Route> routes = new ArrayList<>();
        for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class)
                .values()) {
            mapping.getHandlerMethods().forEach((info, handler) -> {
                if (!FRAMEWORK_CONTROLLERS.contains(handler.getBeanType().getSimpleName())) {
                    routes.addAll(of(info, handler));
                }
            });
        }
        routes.sort(Comparator.comparing(Route::pattern).thenComparing(Route::method));
        return routes;
    }

    private static List<Route> of(RequestMappingInfo info, HandlerMethod handler) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        List<Route> routes = new ArrayList<>();
        for (String pattern : info.getPatternValues()) {
            if (methods.isEmpty()) {
                routes.add(new Route("ANY", pattern, handler));
            }
            for (RequestMethod method : methods) {
                routes.add(new Route(method.name(), pattern, handler));
            }
        }
        return routes;
    }

    /** How the rule tables name it: {@code "POST /meetings/{id}/edit"}. */
    String key() {
        return method + " " + pattern;
    }

    boolean isGet() {
        return "GET".equals(method);
    }

    /** The names of the path variables, in order. */
    List<String> pathVariables() {
        List<String> names = new ArrayList<>();
        Matcher matcher = VARIABLE.matcher(pattern);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /**
     * The pattern with each variable replaced by what {@code value} gives for it: the variable's name and the
     * literal segment before it ({@code meetings} for {@code /meetings/{id}}), which says what kind of record it
     * names. The value is inserted as given (already encoded where it needs to be).
     */
    String expand(VariableValue value) {
        StringBuilder path = new StringBuilder();
        Matcher matcher = VARIABLE.matcher(pattern);
        int end = 0;
        while (matcher.find()) {
            String before = pattern.substring(0, matcher.start());
            path.append(before, end, before.length());
            String[] segments = before.split("/");
            String collection = segments.length == 0 ? "" : segments[segments.length - 1];
            path.append(value.of(matcher.group(1), collection));
            end = matcher.end();
        }
        return path.append(pattern.substring(end)).toString();
    }

    @Override
    public String toString() {
        return key() + " (" + handler.getShortLogMessage() + ")";
    }

    @FunctionalInterface
    interface VariableValue {
        String of(String name, String collection);
    }
}
