package org.dialoguetracker.shared;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.DefaultErrorViewResolver;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The pages of {@code templates/error/} (403, 404, …) for the errors that reach the container's error dispatch: a
 * refusal by Spring Security, an address no route answers. Spring Boot registers its resolver of those templates
 * only when the application has no error view resolver of its own, and the API has one (it answers JSON on the
 * API's paths, before this one), so without this bean every such error got the generic {@code error.html}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ErrorPages {

    @Bean
    DefaultErrorViewResolver errorPageTemplates(ApplicationContext context, WebProperties web) {
        return new DefaultErrorViewResolver(context, web.getResources());
    }
}
