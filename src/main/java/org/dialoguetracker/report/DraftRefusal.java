package org.dialoguetracker.report;

/**
 * A step of the report's workflow refused for a reason the user can act on (publishing before every sign-off, a
 * comment on a published draft, a draft of a meeting not yet held): shown with its message, nothing saved.
 */
public class DraftRefusal extends RuntimeException {

    private final String messageKey;

    private final transient Object[] arguments;

    public DraftRefusal(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** The key of the message that says why, in the report's bundle. */
    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
