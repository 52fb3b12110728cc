package org.dialoguetracker.shared;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a locked data directory into a two-line explanation instead of a stack trace. */
class EmbeddedPostgresInUseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedPostgresInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedPostgresInUseException cause) {
        return new FailureAnalysis(
                "The embedded PostgreSQL data directory '" + cause.dataDirectory().toAbsolutePath().normalize()
                        + "' is already in use by another running Dialogue Tracker.",
                "Stop the other instance first, or give this one its own directory with "
                        + "DIALOGUE_EMBEDDED_POSTGRES_DATA_DIRECTORY, or point it at an external database "
                        + "with SPRING_DATASOURCE_URL.",
                cause);
    }
}
