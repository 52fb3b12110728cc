package org.dialoguetracker.account;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;
import org.springframework.web.util.WebUtils;

/**
 * After login the interface speaks the user's preferred language, unless they already chose one with
 * {@code ?lang=} on the login page.
 */
@Component
class PreferredLanguageLoginHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    private final UserRepository users;

    private final LocaleResolver localeResolver;

    PreferredLanguageLoginHandler(UserRepository users, LocaleResolver localeResolver) {
        this.users = users;
        this.localeResolver = localeResolver;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws ServletException, IOException {
        boolean languageChosen = WebUtils.getSessionAttribute(request,
                SessionLocaleResolver.LOCALE_SESSION_ATTRIBUTE_NAME) != null;
        if (!languageChosen) {
            users.findByUsername(authentication.getName()).ifPresent(user ->
                    localeResolver.setLocale(request, response, Locale.forLanguageTag(user.getPreferredLanguage())));
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
