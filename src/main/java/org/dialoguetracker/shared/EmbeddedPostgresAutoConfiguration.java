package org.dialoguetracker.shared;

import java.io.IOException;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * Starts a PostgreSQL of its own when the operator configured none, so that {@code ./mvnw spring-boot:run}
 * needs nothing but a JDK. The cluster lives in {@code dialogue.embedded-postgres.data-directory} and survives
 * restarts; it is stopped when the application context closes.
 * <p>
 * Backs off when {@code spring.datasource.url} is set, and when something else (a Testcontainers
 * {@code @ServiceConnection}, a test's own database) already provides the connection details.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class,
        afterName = "org.springframework.boot.testcontainers.service.connection.ServiceConnectionAutoConfiguration")
@ConditionalOnClass(EmbeddedPostgres.class)
@ConditionalOnBooleanProperty(name = "dialogue.embedded-postgres.enabled", matchIfMissing = true)
@Conditional(NoDataSourceUrlCondition.class)
@ConditionalOnMissingBean(JdbcConnectionDetails.class)
@EnableConfigurationProperties(EmbeddedPostgresProperties.class)
public class EmbeddedPostgresAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresAutoConfiguration.class);

    private static final String SUPERUSER = "postgres";

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedPostgresProperties properties) throws IOException, SQLException {
        Path dataDirectory = properties.dataDirectory().toAbsolutePath().normalize();
        Files.createDirectories(dataDirectory);
        log.info("Starting embedded PostgreSQL in {}", dataDirectory);
        EmbeddedPostgres postgres;
        try {
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(properties.port())
                    // closed with the context, after the data source and everything that uses it; zonky's own
                    // shutdown hook would stop the server while the context is still closing (the event registry
                    // and the pool then wait for connections that never come: 30 s to stop)
                    .setRegisterShutdownHook(false)
                    // the builder defaults favour throw-away test clusters; this one holds the user's data
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("max_connections", "100")
                    .start();
        }
        catch (IllegalStateException ex) {
            // zonky locks the directory: another JVM's lock gives "could not lock", this JVM's an overlap
            if (ex instanceof OverlappingFileLockException || String.valueOf(ex.getMessage()).startsWith("could not lock")) {
                throw new EmbeddedPostgresInUseException(dataDirectory, ex);
            }
            throw ex;
        }
        createDatabaseIfMissing(postgres, properties.database());
        log.info("Embedded PostgreSQL listens on port {}", postgres.getPort());
        return postgres;
    }

    @Bean
    JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgres postgres,
            EmbeddedPostgresProperties properties) {
        String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + properties.database();
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return SUPERUSER;
            }

            @Override
            public String getPassword() {
                return null;
            }

            @Override
            public String getJdbcUrl() {
                return url;
            }
        };
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres, String database) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("create database \"" + database.replace("\"", "\"\"") + "\" encoding 'UTF8' template template0");
            }
            log.info("Created database '{}' in the embedded PostgreSQL", database);
        }
    }
}
