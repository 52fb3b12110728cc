package org.dialoguetracker.shared;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A language chosen for one request only, which the interface then speaks whatever the session keeps: the pages of a
 * guest reviewer's link, whose language follows the link's {@code ?lang=} and which keep nothing in a session. Set by
 * a filter before Spring MVC; read by the application's locale resolver ({@link WebConfiguration}).
 */
public final class RequestLanguage {

    private static final String ATTRIBUTE = RequestLanguage.class.getName();

    private RequestLanguage() {
    }

    /**
     * {@code ?lang=ru} or {@code ?lang=en} if the request says so, otherwise the browser's language if the interface
     * speaks it, otherwise English; set as this request's language.
     */
    public static Locale choose(HttpServletRequest request) {
        String asked = request.getParameter("lang");
        Locale language;
        if ("ru".equalsIgnoreCase(asked)) {
            language = WebConfiguration.RUSSIAN;
        }
        else if ("en".equalsIgnoreCase(asked)) {
            language = Locale.ENGLISH;
        }
        else {
            language = "ru".equals(request.getLocale().getLanguage()) ? WebConfiguration.RUSSIAN : Locale.ENGLISH;
        }
        request.setAttribute(ATTRIBUTE, language);
        return language;
    }

    /** The language set for this request, or null. */
    static Locale of(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof Locale language ? language : null;
    }
}
