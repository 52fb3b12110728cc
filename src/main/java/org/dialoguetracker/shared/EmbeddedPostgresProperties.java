package org.dialoguetracker.shared;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL that serves the app when no {@code spring.datasource.url} is set.
 *
 * @param enabled whether to start it at all when no datasource URL is configured
 * @param dataDirectory where the cluster lives; it survives restarts
 * @param port the port to listen on, 0 for any free one
 * @param database the database the app uses inside the cluster
 */
@ConfigurationProperties("dialogue.embedded-postgres")
public record EmbeddedPostgresProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("./data/postgres") Path dataDirectory,
        @DefaultValue("0") int port,
        @DefaultValue("dialogue") String database) {
}
