package org.dialoguetracker.shared;


import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who is reading, as far as disclosure goes. Organisers and admins see everything that was recorded;
 * researchers see only what each meeting's attribution rule allows.
 */
public record Viewer(String username, Role role) {

    public static Viewer of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new IllegalStateException("no authenticated user");
        }
        Role role = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .map(Viewer::roleOf)
                .filter(r -> r != null)
                .min(Enum::compareTo)
                .orElse(Role.RESEARCHER);
        return new Viewer(authentication.getName(), role);
    }

    /** Speakers, sides and attendee lists as recorded, whatever the meeting's rule. */
    public boolean seesEverything() {
        return role == Role.ADMIN || role == Role.ORGANISER;
    }

    private static Role roleOf(String authority) {
        for (Role role : Role.values()) {
            if (role.authority().equals(authority)) {
                return role;
            }
        }
        return null;
    }
}
