package org.dialoguetracker.shared;

/** What a user may do; see the role table of the product brief. */
public enum Role {
    ADMIN, ORGANISER, RESEARCHER;

    /** The Spring Security authority, as {@code hasRole(...)} expects it. */
    public String authority() {
        return "ROLE_" + name();
    }
}
