package org.dialoguetracker.imports;

/**
 * A file the bulk status update cannot read at all (not UTF-8, not CSV, a required column missing, too many
 * rows), with the message key and arguments that tell the admin why. Nothing is planned, nothing is saved.
 */
public class ImportRefused extends RuntimeException {

    private final String code;

    private final transient Object[] arguments;

    ImportRefused(String code, Object... arguments) {
        super(code);
        this.code = code;
        this.arguments = arguments;
    }

    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
