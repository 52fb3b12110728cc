package org.dialoguetracker.notification;

import java.util.List;

import org.dialoguetracker.account.Accounts;
import org.dialoguetracker.account.User;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who wants which mail: the accounts' choices on {@code /profile} ({@code notification_preference}: the weekly digest,
 * off until chosen; an organiser's copies of reminders, on until refused) and what anyone, with an account or not,
 * unsubscribed from by a mail's link ({@code mail_unsubscribe}, by address and kind).
 */
@Service
@Transactional
public class Recipients {

    private final JdbcTemplate jdbc;

    private final Accounts accounts;

    Recipients(JdbcTemplate jdbc, Accounts accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    /** An account's choices. */
    public record Preferences(boolean weeklyDigest, boolean reminderCopies) {

        static final Preferences DEFAULT = new Preferences(false, true);
    }

    @Transactional(readOnly = true)
    public Preferences preferences(Long userId) {
        List<Preferences> found = jdbc.query(
                "select weekly_digest, reminder_copies from notification_preference where user_id = ?",
                (rs, n) -> new Preferences(rs.getBoolean(1), rs.getBoolean(2)), userId);
        return found.isEmpty() ? Preferences.DEFAULT : found.get(0);
    }

    /**
     * Saves an account's choices. Choosing a kind of mail again takes back an earlier unsubscription of the
     * account's address from it.
     */
    public void choose(Long userId, String address, Preferences preferences) {
        jdbc.update("""
                insert into notification_preference (user_id, weekly_digest, reminder_copies) values (?, ?, ?)
                on conflict (user_id) do update set weekly_digest = excluded.weekly_digest,
                                                    reminder_copies = excluded.reminder_copies""",
                userId, preferences.weeklyDigest(), preferences.reminderCopies());
        if (address != null) {
            String normalised = UnsubscribeTokens.normalise(address);
            if (preferences.weeklyDigest()) {
                jdbc.update("delete from mail_unsubscribe where address = ? and kind = 'DIGEST'", normalised);
            }
            if (preferences.reminderCopies()) {
                jdbc.update("delete from mail_unsubscribe where address = ? and kind = 'REMINDER'", normalised);
            }
        }
    }

    /** Whether the address unsubscribed from the kind of mail. */
    @Transactional(readOnly = true)
    public boolean unsubscribed(String address, MailKind kind) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from mail_unsubscribe where address = ? and kind = ?)", Boolean.class,
                UnsubscribeTokens.normalise(address), kind.name()));
    }

    /**
     * Unsubscribes the address from the kind of mail, once however often asked; the accounts with that address
     * have the matching choice turned off too, so that /profile says the same.
     *
     * @return whether this request changed anything (false: it was unsubscribed already)
     */
    public boolean unsubscribe(String address, MailKind kind) {
        String normalised = UnsubscribeTokens.normalise(address);
        int added = jdbc.update("insert into mail_unsubscribe (address, kind) values (?, ?) on conflict do nothing",
                normalised, kind.name());
        if (kind == MailKind.DIGEST || kind == MailKind.REMINDER) {
            String column = kind == MailKind.DIGEST ? "weekly_digest" : "reminder_copies";
            for (User user : accounts.activeWithEmail()) {
                if (UnsubscribeTokens.normalise(user.getEmail()).equals(normalised)) {
                    Preferences current = preferences(user.getId());
                    jdbc.update("insert into notification_preference (user_id, weekly_digest, reminder_copies) "
                            + "values (?, ?, ?) on conflict (user_id) do update set " + column + " = false",
                            user.getId(), kind != MailKind.DIGEST && current.weeklyDigest(),
                            kind != MailKind.REMINDER && current.reminderCopies());
                }
            }
        }
        return added > 0;
    }
}
