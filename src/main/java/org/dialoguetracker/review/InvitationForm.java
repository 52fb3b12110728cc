package org.dialoguetracker.review;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A guest reviewer to invite, as the organiser types them. Whether the expiry date is neither past nor too far ahead
 * depends on today, which {@link ReviewInvitations#expiryProblem} judges with the application's clock.
 *
 * @param name the reviewer's name, shown with their comments
 * @param email where the link is to be sent (issue 15 mails it; for now the organiser does)
 * @param expiresOn the last day the link works
 */
public record InvitationForm(
        @NotBlank(message = "{review.invite.name.required}")
        @Size(max = 100, message = "{review.invite.name.tooLong}") String name,
        @NotBlank(message = "{review.invite.email.required}")
        @Size(max = 254, message = "{review.invite.email.tooLong}")
        @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{review.invite.email.invalid}") String email,
        @NotNull(message = "{review.invite.expiresOn.required}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn) {

    public static InvitationForm blank(LocalDate suggestedExpiry) {
        return new InvitationForm(null, null, suggestedExpiry);
    }
}
