package org.dialoguetracker.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The interface text: every bundle under {@code messages/} on the class path, found at start, so that a module brings
 * its own {@code messages/<name>.properties} and {@code messages/<name>_ru.properties} and lists them nowhere.
 * {@code messages/messages} (labels every module shows) comes first, the others in name order; a key is defined in
 * one bundle only (MessagesTest). A message that counts gives its words ICU plural forms (PluralsTest).
 */
@Configuration(proxyBeanMethods = false)
public class MessageBundles {

    private static final String FIRST = "messages/messages";

    /** The base names of every bundle, {@code messages/messages} first. */
    public static List<String> basenames() {
        try {
            TreeSet<String> names = new TreeSet<>();
            for (Resource resource : new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:messages/*.properties")) {
                String file = resource.getFilename();
                if (file != null && !file.matches(".*_[a-z]{2}(_[A-Z]{2})?\\.properties")) {
                    names.add("messages/" + file.substring(0, file.length() - ".properties".length()));
                }
            }
            List<String> basenames = new ArrayList<>();
            if (names.remove(FIRST)) {
                basenames.add(FIRST);
            }
            basenames.addAll(names);
            return basenames;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * As Boot's own message source would be, with these base names: UTF-8, no fallback to the system's locale; but
     * formatted by ICU, for plural forms ({@link IcuMessageSource}).
     */
    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource messages = new IcuMessageSource();
        messages.setBasenames(basenames().toArray(String[]::new));
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
