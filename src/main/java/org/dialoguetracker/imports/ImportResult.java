package org.dialoguetracker.imports;

import java.io.Serializable;

/** What an applied file changed, for the message after the import (a flash attribute, hence serializable). */
public record ImportResult(String fileName, long statusChanges, long followUps, long unchanged)
        implements Serializable {
}
