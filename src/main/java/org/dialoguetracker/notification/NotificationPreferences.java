package org.dialoguetracker.notification;

import java.util.Map;

import org.dialoguetracker.account.Accounts;
import org.dialoguetracker.account.User;
import org.dialoguetracker.shared.Role;
import org.dialoguetracker.shared.Versions;
import org.dialoguetracker.shared.web.ProfileSection;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notifications section of /profile, given to the api module's profile page through {@link ProfileSection}: the
 * account's address, the weekly digest (off until chosen), and, for organisers and admins, the copies of reminders
 * (on until refused).
 */
@Service
@Order(10)
public class NotificationPreferences implements ProfileSection {

    private final Accounts accounts;

    private final Recipients recipients;

    NotificationPreferences(Accounts accounts, Recipients recipients) {
        this.accounts = accounts;
        this.recipients = recipients;
    }

    @Override
    public String fragment() {
        return "notifications/profile :: section";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> model(String username) {
        User user = accounts.byUsername(username).orElseThrow();
        return Map.of("notificationForm", form(user), "notificationCopiesOffered", offersCopies(user));
    }

    /** The form as the account's settings fill it. */
    @Transactional(readOnly = true)
    public PreferencesForm form(User user) {
        Recipients.Preferences preferences = recipients.preferences(user.getId());
        return new PreferencesForm(user.getEmail(), preferences.weeklyDigest(), preferences.reminderCopies(),
                user.getVersion());
    }

    /** Saves the form of the signed-in account. */
    @Transactional
    public void save(String username, PreferencesForm form) {
        User user = accounts.byUsername(username).orElseThrow();
        Versions.check(User.class, user.getId(), user.getVersion(), form.version());
        accounts.changeEmail(username, form.email());
        String address = form.email() == null || form.email().isBlank() ? null : form.email().strip();
        boolean copies = offersCopies(user) ? form.reminderCopies() : recipients.preferences(user.getId())
                .reminderCopies();
        recipients.choose(user.getId(), address, new Recipients.Preferences(form.weeklyDigest(), copies));
    }

    static boolean offersCopies(User user) {
        return user.getRole() == Role.ORGANISER || user.getRole() == Role.ADMIN;
    }
}
