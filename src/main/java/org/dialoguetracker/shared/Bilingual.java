package org.dialoguetracker.shared;

import java.util.Locale;

/**
 * A text kept in English and in Russian, either of which may be empty. Pages show it in the reader's language
 * and fall back to the other one, which they mark as such.
 */
public record Bilingual(String en, String ru) {

    public static final Bilingual EMPTY = new Bilingual(null, null);

    public Bilingual {
        en = blankToNull(en);
        ru = blankToNull(ru);
    }

    /** The language whose text is shown to a reader of {@code language}: theirs if present, else the other. */
    public String languageShown(String language) {
        if ("ru".equals(language)) {
            return ru != null || en == null ? "ru" : "en";
        }
        return en != null || ru == null ? "en" : "ru";
    }

    public String in(String language) {
        String text = "ru".equals(languageShown(language)) ? ru : en;
        return text == null ? "" : text;
    }

    public String in(Locale locale) {
        return in(locale.getLanguage());
    }

    /** True when the reader's language is missing and the other one stands in for it. */
    public boolean fallsBack(String language) {
        return !isEmpty() && !languageShown(language).equals("ru".equals(language) ? "ru" : "en");
    }

    public boolean isEmpty() {
        return en == null && ru == null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
