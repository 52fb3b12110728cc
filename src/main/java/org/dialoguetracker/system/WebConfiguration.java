package org.dialoguetracker.system;

import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

/** {@code ?lang=en|ru} on any page switches the interface language and keeps it in the session. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @Bean
    LocaleResolver localeResolver() {
        SessionLocaleResolver resolver = new SessionLocaleResolver();
        resolver.setDefaultLocale(Locale.ENGLISH);
        return resolver;
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
        // a report's ?lang= chooses the report's language, not the interface's; the JSON API has no interface
        // language (it answers in both) and no session to keep one in
        registry.addInterceptor(interceptor).excludePathPatterns("/meetings/*/report", "/meetings/*/report.pdf",
                "/api/**");
    }
}
