package org.dialoguetracker.account;

/**
 * What an account's e-mail address may look like: one address, no spaces and no control characters, so that nothing
 * typed into the field can add a header to a mail (a CR or LF would).
 */
public final class EmailAddress {

    /** For {@code @Email(regexp = ...)}: local part, one {@code @}, a domain with a dot; no whitespace or controls. */
    public static final String PATTERN = "[^@\\s\\p{Cntrl},;<>\"]+@[^@\\s\\p{Cntrl},;<>\"]+\\.[^@\\s\\p{Cntrl},;<>\"]+";

    private EmailAddress() {
    }
}
