package org.dialoguetracker.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.dialoguetracker.shared.Role;
import org.dialoguetracker.shared.Side;

/** An account an admin creates. */
public record NewUserForm(
        @NotBlank @Pattern(regexp = "^[a-zA-Z0-9._-]{3,60}$", message = "{account.username.pattern}") String username,
        @NotBlank @Size(max = 120) String displayName,
        @NotNull Role role,
        @NotNull @Pattern(regexp = "en|ru") String preferredLanguage,
        Side side,
        String password,
        String passwordConfirmation) {

    public static NewUserForm blank() {
        return new NewUserForm(null, null, Role.RESEARCHER, "en", null, null, null);
    }
}
