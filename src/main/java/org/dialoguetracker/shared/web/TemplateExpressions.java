package org.dialoguetracker.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.expression.PropertyAccessor;
import org.springframework.expression.spel.support.ReflectivePropertyAccessor;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.context.IContext;
import org.thymeleaf.context.IEngineContext;
import org.thymeleaf.context.IEngineContextFactory;
import org.thymeleaf.engine.TemplateData;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Makes the templates' expressions read properties through {@link CachedPropertyAccessor}. Thymeleaf's view makes a
 * new SpEL evaluation context for each page, with a fixed list of accessors; when the engine sets up the page, the
 * cached accessor takes the place of the reflective one in that list. Everything else (the access checks on
 * variables, methods and types, the restricted mode of some attributes, bound form fields) is Thymeleaf's, unchanged.
 * And the page's variables live in a map in front of the request rather than as request attributes
 * ({@link TemplateLocals}).
 */
@Configuration(proxyBeanMethods = false)
class TemplateExpressions {

    /** Wraps the engine context factory of the auto-configured template engine before the engine starts. */
    @Bean
    static BeanPostProcessor cachedPropertyAccessInTemplates() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof SpringTemplateEngine engine) {
                    engine.setEngineContextFactory(
                            new CachedPropertyAccess(new TemplateLocals(engine.getEngineContextFactory())));
                }
                return bean;
            }
        };
    }

    /** Called once for each page the engine renders (fragments it inserts share the page's context). */
    record CachedPropertyAccess(IEngineContextFactory factory) implements IEngineContextFactory {

        @Override
        public IEngineContext createEngineContext(IEngineConfiguration configuration, TemplateData templateData,
                Map<String, Object> templateResolutionAttributes, IContext context) {
            if (context.getVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME)
                    instanceof ThymeleafEvaluationContext spel) {
                useCachedAccessor(spel);
            }
            return factory.createEngineContext(configuration, templateData, templateResolutionAttributes, context);
        }

        static void useCachedAccessor(ThymeleafEvaluationContext spel) {
            // with classes allowed beyond Thymeleaf's rule the reflective accessor knows them, the cached one does
            // not; in restricted mode the context answers with the accessors of its restricted twin: leave those
            if (!spel.getAllowedClassOverridesForViews().isEmpty() || spel.isVariableAccessRestricted()) {
                return;
            }
            List<PropertyAccessor> accessors = new ArrayList<>(spel.getPropertyAccessors());
            accessors.replaceAll(accessor ->
                    accessor instanceof ReflectivePropertyAccessor ? CachedPropertyAccessor.INSTANCE : accessor);
            spel.setPropertyAccessors(accessors);
        }
    }
}
