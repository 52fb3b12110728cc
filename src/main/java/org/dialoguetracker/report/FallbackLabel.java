package org.dialoguetracker.report;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.MessageFormat;

/**
 * The words pages use for a text shown in the other language ({@code lang.fallback} in {@code messages/messages}),
 * for the places that print report text without a Spring message source at hand: {@link ReportText#html}.
 */
final class FallbackLabel {

    private static final Map<String, String> LABELS = new ConcurrentHashMap<>();

    private FallbackLabel() {
    }

    /** "Not available in this language: shown in EN", in the reader's language. */
    static String of(String shownLanguage, Locale reader) {
        String code = shownLanguage.toUpperCase(Locale.ROOT);
        String language = "ru".equals(reader.getLanguage()) ? "ru" : "en";
        return LABELS.computeIfAbsent(language + ":" + code, key -> format(language, code));
    }

    private static String format(String language, String code) {
        Locale locale = Locale.forLanguageTag(language);
        try {
            ResourceBundle bundle = ResourceBundle.getBundle("messages/messages", locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return new MessageFormat(bundle.getString("lang.fallback"), locale).format(new Object[] { code });
        }
        catch (MissingResourceException ex) {
            return code;
        }
    }
}
