package org.dialoguetracker.account;

import java.util.List;
import java.util.Objects;

import org.dialoguetracker.shared.AuditEvent;
import org.dialoguetracker.shared.AuditKind;
import org.dialoguetracker.shared.NotFoundException;
import org.dialoguetracker.shared.Role;
import org.dialoguetracker.shared.Side;
import org.dialoguetracker.shared.Versions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Accounts, as admins manage them. The last active admin can be neither demoted nor deactivated, so that the
 * tracker always has someone who can manage it. A user whose role changes, who is deactivated or whose password is
 * reset has their open sessions ended at once, on every instance (they are rows in PostgreSQL, found by the
 * principal's name): their next request goes to the login page, and they sign in with what they are now. (A session
 * keeps the roles it was signed in with, so rewriting only the account would leave them the old role until logout.)
 */
@Service
@Transactional
public class UserAdministration {

    private static final Logger log = LoggerFactory.getLogger(UserAdministration.class);

    private final UserRepository users;

    private final PasswordEncoder passwordEncoder;

    /** Absent when the app runs as a command (--backup, --restore), without a web server or sessions. */
    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

    private final ApplicationEventPublisher events;

    UserAdministration(UserRepository users, PasswordEncoder passwordEncoder,
            ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions,
            ApplicationEventPublisher events) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<User> all() {
        return users.findAllOrdered();
    }

    @Transactional(readOnly = true)
    public User get(Long id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("User", id));
    }

    @Transactional(readOnly = true)
    public EditUserForm editForm(Long id) {
        return EditUserForm.of(get(id));
    }

    public Long create(NewUserForm form, Errors errors) {
        if (form.username() != null && users.findByUsername(form.username().strip()).isPresent()) {
            errors.rejectValue("username", "account.username.taken");
        }
        PasswordPolicy.check(form.password(), form.passwordConfirmation(), form.username(), "password", errors);
        checkSide(form.side(), errors);
        if (errors.hasErrors()) {
            return null;
        }
        User user = new User(form.username().strip(), passwordEncoder.encode(form.password()),
                form.displayName().strip(), form.role());
        user.setPreferredLanguage(form.preferredLanguage());
        user.setSide(form.side());
        log.info("Account '{}' created with role {}", user.getUsername(), user.getRole());
        events.publishEvent(AuditEvent.byCurrentUser(AuditKind.ACCOUNT,
                "created account " + user.getUsername() + " (" + user.getRole() + ")"));
        return users.save(user).getId();
    }

    public void update(Long id, EditUserForm form, Errors errors) {
        User user = get(id);
        Versions.check(User.class, id, user.getVersion(), form.version());
        checkSide(form.side(), errors);
        if (errors.hasErrors()) {
            return;
        }
        boolean losesAdmin = user.getRole() == Role.ADMIN && user.isActive()
                && (form.role() != Role.ADMIN || !form.active());
        if (losesAdmin && users.countActiveAdmins() <= 1) {
            errors.reject("account.lastAdmin");
            return;
        }
        boolean endsSessions = user.getRole() != form.role() || (user.isActive() && !form.active());
        events.publishEvent(AuditEvent.byCurrentUser(AuditKind.ACCOUNT, "changed account " + user.getUsername()
                + ": role " + user.getRole() + " → " + form.role() + ", active " + user.isActive() + " → " + form.active()
                + ", side " + user.getSide() + " → " + form.side()
                + (Objects.equals(user.getEmail(), blankToNull(form.email())) ? "" : ", e-mail changed")));
        user.changeEmail(form.email());
        user.changeProfile(form.displayName().strip(), form.role(), form.preferredLanguage(), form.active(),
                form.side());
        if (endsSessions) {
            endSessions(user.getUsername());
        }
    }

    public void changePassword(Long id, PasswordForm form, Errors errors) {
        User user = get(id);
        PasswordPolicy.check(form.password(), form.passwordConfirmation(), user.getUsername(), "password", errors);
        if (errors.hasErrors()) {
            return;
        }
        user.changePassword(passwordEncoder.encode(form.password()));
        endSessions(user.getUsername());
        log.info("Password of '{}' reset by an admin", user.getUsername());
        events.publishEvent(AuditEvent.byCurrentUser(AuditKind.ACCOUNT, "reset the password of " + user.getUsername()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The sides an account may have: UK or RUSSIA (or none); OTHER is a participant's, not an organiser's. */
    public static List<Side> sides() {
        return List.of(Side.UK, Side.RUSSIA);
    }

    private static void checkSide(Side side, Errors errors) {
        if (side != null && !sides().contains(side)) {
            errors.rejectValue("side", "account.side.invalid");
        }
    }

    private void endSessions(String username) {
        sessions.ifAvailable(repository -> repository.findByPrincipalName(username).keySet()
                .forEach(repository::deleteById));
    }
}
