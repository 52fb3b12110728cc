package org.dialoguetracker.shared.web;

import java.io.Serializable;
import java.util.List;

/**
 * Why an action was refused, as a message key and its arguments, carried across a redirect as the flash
 * attribute {@code refusals} and shown as a warning above the page.
 */
public record Notice(String key, List<String> args) implements Serializable {

    public static Notice of(String key, String... args) {
        return new Notice(key, List.of(args));
    }
}
