package org.dialoguetracker.account;

import java.util.Locale;
import java.util.Set;

import org.springframework.validation.Errors;

/**
 * What a password set by an admin must be: at least 12 characters, letters and something else, not the
 * username, not one of the passwords every attacker tries first.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;

    /** BCrypt reads at most 72 bytes of a password (UTF-8: 72 Latin letters, 36 Cyrillic ones). */
    static final int MAX_BYTES = 72;

    private static final Set<String> COMMON = Set.of("password1234", "123456789012", "qwertyuiopas", "passwordpassword",
            "letmein12345", "administrator", "welcome12345", "iloveyou1234", "dialoguetracker", "changeme1234");

    private PasswordPolicy() {
    }

    /** Rejects the field {@code field} of {@code errors} with the first rule the password breaks. */
    static void check(String password, String confirmation, String username, String field, Errors errors) {
        if (password == null || password.length() < MIN_LENGTH) {
            errors.rejectValue(field, "account.password.tooShort", new Object[] { MIN_LENGTH }, null);
        }
        else if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_BYTES) {
            errors.rejectValue(field, "account.password.tooLong", new Object[] { MAX_BYTES }, null);
        }
        else if (password.chars().noneMatch(Character::isLetter)
                || password.chars().allMatch(Character::isLetter)) {
            errors.rejectValue(field, "account.password.letterAndOther");
        }
        else if (username != null && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            errors.rejectValue(field, "account.password.containsUsername");
        }
        else if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
            errors.rejectValue(field, "account.password.common");
        }
        if (password != null && !password.equals(confirmation)) {
            errors.rejectValue(field + "Confirmation", "account.password.mismatch");
        }
    }
}
