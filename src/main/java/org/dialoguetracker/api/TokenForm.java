package org.dialoguetracker.api;

import java.time.LocalDate;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A new personal access token, as its owner names it on the profile page.
 *
 * @param name what the token is for ("my notebook"), to tell it apart in the list
 * @param expiresOn the last day the token works (UTC); none for a token that lasts until revoked
 */
record TokenForm(
        @NotBlank(message = "{profile.token.name.required}")
        @Size(max = 100, message = "{profile.token.name.tooLong}") String name,
        @Future(message = "{profile.token.expiresOn.future}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn) {

    static TokenForm blank() {
        return new TokenForm(null, null);
    }
}
