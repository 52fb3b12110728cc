package org.dialoguetracker.notification;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.dialoguetracker.account.EmailAddress;

/**
 * The notifications section of /profile: one's address and which mail one wants.
 *
 * @param version the account's version when the form was shown: a change made meanwhile (an admin's) is a conflict
 * @param email one address, or empty for none; no line break or second address can get through (header injection)
 */
public record PreferencesForm(
        @Size(max = 254) @Email(regexp = EmailAddress.PATTERN, message = "{account.email.invalid}") String email,
        Boolean weeklyDigest,
        Boolean reminderCopies,
        @NotNull Long version) implements java.io.Serializable {

    /** An unticked checkbox sends nothing. */
    public Boolean weeklyDigest() {
        return Boolean.TRUE.equals(weeklyDigest);
    }

    public Boolean reminderCopies() {
        return Boolean.TRUE.equals(reminderCopies);
    }
}
