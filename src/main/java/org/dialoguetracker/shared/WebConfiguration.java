package org.dialoguetracker.shared;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * {@code ?lang=en|ru} on any page switches the interface language and keeps it in the session; links are written as
 * the templates give them. A language set for one request ({@link RequestLanguage}) overrides the session's.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @Bean
    LocaleResolver localeResolver() {
        SessionLocaleResolver resolver = new SessionLocaleResolver() {

            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                Locale language = RequestLanguage.of(request);
                return language != null ? language : super.resolveLocale(request);
            }

            @Override
            public LocaleContext resolveLocaleContext(HttpServletRequest request) {
                Locale language = RequestLanguage.of(request);
                return language != null ? new SimpleLocaleContext(language) : super.resolveLocaleContext(request);
            }
        };
        resolver.setDefaultLocale(Locale.ENGLISH);
        return resolver;
    }

    /**
     * Keeps Spring's {@link ResourceUrlEncodingFilter} off. Thymeleaf's auto-configuration registers it because the
     * WebJars locator makes the resource chain active; it then sends every link a page renders ({@code /meetings/7},
     * {@code /topics/arms-control}...) through the static resource resolvers of {@code /**}, which find nothing for
     * them, cache only what they find, and so search the class path inside the jar again for every link of every
     * page: three quarters of the CPU time of a meeting page with two hundred statements (see bench/README.md).
     * Without it the WebJars links stay version-agnostic ({@code /webjars/bootstrap/css/bootstrap.min.css}), which
     * the resource handler resolves when they are requested.
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {
            @Override
            protected Locale parseLocaleValue(String value) {
                // the interface speaks two languages; anything else means English
                return "ru".equalsIgnoreCase(value) ? RUSSIAN : Locale.ENGLISH;
            }
        };
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        // a report's ?lang= (and a published edition's PDF or DOCX's) chooses the report's language, not the interface's; the JSON API has no interface
        // language (it answers in both) and no session to keep one in; a guest reviewer's link keeps its language in
        // its own ?lang= (RequestLanguage), and no session either
        registry.addInterceptor(interceptor).excludePathPatterns("/meetings/*/report", "/meetings/*/report.pdf",
                "/meetings/*/report/editions/*.pdf", "/meetings/*/report/editions/*.docx", "/api/**", "/review/**");
    }
}
