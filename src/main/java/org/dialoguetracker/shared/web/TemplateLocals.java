package org.dialoguetracker.shared.web;

import java.security.Principal;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.context.IContext;
import org.thymeleaf.context.IEngineContext;
import org.thymeleaf.context.IEngineContextFactory;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.context.WebEngineContext;
import org.thymeleaf.engine.TemplateData;
import org.thymeleaf.web.servlet.IServletWebApplication;
import org.thymeleaf.web.servlet.IServletWebExchange;
import org.thymeleaf.web.servlet.IServletWebRequest;
import org.thymeleaf.web.servlet.IServletWebSession;

/**
 * Keeps a page's template variables off the servlet request. In a web context Thymeleaf's
 * {@link WebEngineContext} holds every variable as a request attribute: the model, and each {@code th:with},
 * {@code th:each} variable and fragment parameter, set and read through the request wrappers of Spring Security and
 * Spring Session down to Tomcat's request (the top frame of a list page's profile, see bench/README.md). This factory
 * gives the same {@link WebEngineContext} an exchange whose attributes are a map in front of the request:
 * <ul>
 * <li>the model, set while the context is made, goes into the map <em>and</em> onto the request, as before, so that
 *     whatever reads the model from the request still finds it;</li>
 * <li>what the template sets while it runs (its local variables, and their restoring when an element ends) goes
 *     into the map only, and a variable set to null hides the request's attribute of that name, as removing it
 *     would;</li>
 * <li>everything else is read from the request: the container's, Spring's and Spring Security's attributes
 *     ({@code _csrf}), and any set on the request while the page renders.</li>
 * </ul>
 * The levels, the restoring of a shadowed variable and the selection targets stay Thymeleaf's own. The rest of the
 * exchange (the native request and response, URL encoding, the session) is the original's.
 */
record TemplateLocals(IEngineContextFactory standard) implements IEngineContextFactory {

    @Override
    public IEngineContext createEngineContext(IEngineConfiguration configuration, TemplateData templateData,
            Map<String, Object> templateResolutionAttributes, IContext context) {
        if (!(context instanceof IWebContext web) || !(web.getExchange() instanceof IServletWebExchange exchange)) {
            return standard.createEngineContext(configuration, templateData, templateResolutionAttributes, context);
        }
        // as Thymeleaf's StandardEngineContextFactory: the context's variables, in their order
        Set<String> names = context.getVariableNames();
        Map<String, Object> variables = new LinkedHashMap<>(names.size() + 1, 1.0f);
        for (String name : names) {
            variables.put(name, context.getVariable(name));
        }
        Exchange local = new Exchange(exchange);
        WebEngineContext engineContext = new WebEngineContext(configuration, templateData,
                templateResolutionAttributes, local, web.getLocale(), variables);
        local.modelSet();
        return engineContext;
    }

    /** The original exchange, with a map of the template's variables in front of the request's attributes. */
    static final class Exchange implements IServletWebExchange {

        private final IServletWebExchange request;
        private final Map<String, Object> variables = new HashMap<>(64);
        private boolean settingModel = true;

        Exchange(IServletWebExchange request) {
            this.request = request;
        }

        void modelSet() {
            settingModel = false;
        }

        @Override
        public Object getAttributeValue(String name) {
            Object value = variables.get(name);
            if (value != null || variables.containsKey(name)) {
                return value;
            }
            return request.getAttributeValue(name);
        }

        @Override
        public void setAttributeValue(String name, Object value) {
            variables.put(name, value);
            if (settingModel) {
                request.setAttributeValue(name, value);
            }
        }

        @Override
        public void removeAttribute(String name) {
            setAttributeValue(name, null);
        }

        @Override
        public boolean containsAttribute(String name) {
            return getAttributeValue(name) != null;
        }

        @Override
        public Set<String> getAllAttributeNames() {
            Set<String> names = new LinkedHashSet<>(request.getAllAttributeNames());
            variables.forEach((name, value) -> {
                if (value == null) {
                    names.remove(name);
                }
                else {
                    names.add(name);
                }
            });
            return names;
        }

        @Override
        public Enumeration<String> getAttributeNames() {
            return Collections.enumeration(getAllAttributeNames());
        }

        @Override
        public int getAttributeCount() {
            return getAllAttributeNames().size();
        }

        @Override
        public Map<String, Object> getAttributeMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            for (String name : getAllAttributeNames()) {
                map.put(name, getAttributeValue(name));
            }
            return map;
        }

        @Override
        public IServletWebRequest getRequest() {
            return request.getRequest();
        }

        @Override
        public IServletWebSession getSession() {
            return request.getSession();
        }

        @Override
        public IServletWebApplication getApplication() {
            return request.getApplication();
        }

        @Override
        public boolean hasSession() {
            return request.hasSession();
        }

        @Override
        public Principal getPrincipal() {
            return request.getPrincipal();
        }

        @Override
        public Locale getLocale() {
            return request.getLocale();
        }

        @Override
        public String getContentType() {
            return request.getContentType();
        }

        @Override
        public String getCharacterEncoding() {
            return request.getCharacterEncoding();
        }

        @Override
        public String transformURL(String url) {
            return request.transformURL(url);
        }

        @Override
        public Object getNativeRequestObject() {
            return request.getNativeRequestObject();
        }

        @Override
        public Object getNativeResponseObject() {
            return request.getNativeResponseObject();
        }
    }
}
