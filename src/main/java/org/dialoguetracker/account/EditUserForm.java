package org.dialoguetracker.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.dialoguetracker.shared.Role;
import org.dialoguetracker.shared.Side;

/** What an admin may change of an account: never its username or password (see {@link PasswordForm}). */
public record EditUserForm(
        @NotBlank @Size(max = 120) String displayName,
        @NotNull Role role,
        @NotNull @Pattern(regexp = "en|ru") String preferredLanguage,
        Boolean active,
        Side side,
        @Size(max = 254) @Email(regexp = EmailAddress.PATTERN, message = "{account.email.invalid}") String email,
        Long version) {

    /** An unticked checkbox sends nothing: no value means inactive. */
    public Boolean active() {
        return Boolean.TRUE.equals(active);
    }

    static EditUserForm of(User user) {
        return new EditUserForm(user.getDisplayName(), user.getRole(), user.getPreferredLanguage(), user.isActive(),
                user.getSide(), user.getEmail(), user.getVersion());
    }
}
