package org.dialoguetracker.account;

/** A new password set by an admin, typed twice. */
public record PasswordForm(String password, String passwordConfirmation) {
}
