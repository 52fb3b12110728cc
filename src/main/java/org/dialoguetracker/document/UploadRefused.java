package org.dialoguetracker.document;

import java.util.Arrays;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * An upload the tracker does not keep, with the message that says why (its arguments may be messages themselves, such
 * as what the file really is). Nothing of it was saved.
 */
public class UploadRefused extends RuntimeException implements MessageSourceResolvable {

    private final String code;

    private final Object[] arguments;

    public UploadRefused(String code, Object... arguments) {
        super(code + " " + Arrays.toString(arguments));
        this.code = code;
        this.arguments = arguments;
    }

    @Override
    public String[] getCodes() {
        return new String[] { code };
    }

    @Override
    public Object[] getArguments() {
        return arguments.clone();
    }

    /** A message argument: the name of a kind of file, {@code document.kind.ZIP}. */
    static MessageSourceResolvable kind(String code, Object... arguments) {
        return new DefaultMessageSourceResolvable(new String[] { "document.kind." + code }, arguments);
    }
}
