package org.dialoguetracker.shared;

import java.nio.file.Path;

/** Another running instance holds the embedded PostgreSQL data directory. */
class EmbeddedPostgresInUseException extends RuntimeException {

    private final Path dataDirectory;

    EmbeddedPostgresInUseException(Path dataDirectory, Throwable cause) {
        super("The embedded PostgreSQL data directory " + dataDirectory + " is in use by another running instance", cause);
        this.dataDirectory = dataDirectory;
    }

    Path dataDirectory() {
        return dataDirectory;
    }
}
