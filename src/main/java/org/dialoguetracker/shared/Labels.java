package org.dialoguetracker.shared;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** The interface label of an enum value, resolved later in the reader's language. */
public final class Labels {

    private Labels() {
    }

    public static MessageSourceResolvable of(String prefix, Enum<?> value) {
        return value == null ? null
                : new DefaultMessageSourceResolvable(new String[] { prefix + value.name() }, value.name());
    }
}
