package org.dialoguetracker.shared.web;

import java.util.Map;

/**
 * A section another module adds to the signed-in user's own page, {@code /profile}, without the module that serves
 * the page knowing it: the page asks every such bean, in their {@code @Order}, for a template fragment and what it
 * shows. The section's forms post to the contributing module's own routes.
 */
public interface ProfileSection {

    /** The fragment to insert, as {@code th:replace} takes it: {@code "notifications/profile :: section"}. */
    String fragment();

    /** What the fragment reads, for this user; its keys must not collide with the page's own. */
    Map<String, Object> model(String username);
}
