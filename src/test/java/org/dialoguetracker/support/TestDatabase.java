package org.dialoguetracker.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Decides once per JVM where the tests' PostgreSQL comes from, and holds it. {@code -Dtests.database=embedded}
 * or {@code =docker} overrides the detection.
 */
public final class TestDatabase {

    private static final boolean DOCKER = detectDocker();

    private static PostgreSQLContainer container;

    private static EmbeddedPostgres embedded;

    private TestDatabase() {
    }

    private static boolean detectDocker() {
        String choice = System.getProperty("tests.database", "");
        boolean docker = switch (choice) {
            case "docker" -> true;
            case "embedded" -> false;
            default -> {
                try {
                    yield DockerClientFactory.instance().isDockerAvailable();
                }
                catch (RuntimeException | LinkageError ex) {
                    yield false;
                }
            }
        };
        System.out.println("[tests] PostgreSQL for the tests: "
                + (docker ? "Testcontainers (Docker answers)" : "embedded (no Docker engine answers)"));
        return docker;
    }

    static synchronized PostgreSQLContainer container() {
        if (container == null) {
            container = new PostgreSQLContainer("postgres:17-alpine");
        }
        return container;
    }

    /** Run by Spring Boot's shutdown hook once it has closed every application context. */
    private static void stop() {
        try {
            embedded.close();
        }
        catch (IOException ex) {
            System.err.println("[tests] could not stop the embedded PostgreSQL: " + ex);
        }
    }

    static synchronized JdbcConnectionDetails embedded() {
        if (embedded == null) {
            try {
                // a fresh, throw-away cluster in a temporary directory, stopped when the JVM exits: after the
                // application contexts, which Spring Boot's shutdown hook closes (their event registry and pools
                // still talk to the database then); zonky's own hook would race them and leave them waiting
                embedded = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
                SpringApplication.getShutdownHandlers().add(TestDatabase::stop);
            }
            catch (IOException ex) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL for the tests", ex);
            }
        }
        String url = embedded.getJdbcUrl("postgres", "postgres");
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return "postgres";
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

    /** The URL, user and password of the tests' PostgreSQL, for tests that start applications of their own. */
    public static synchronized JdbcConnectionDetails connectionDetails() {
        if (!DOCKER) {
            return embedded();
        }
        PostgreSQLContainer postgres = container();
        if (!postgres.isRunning()) {
            postgres.start();
        }
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return postgres.getUsername();
            }

            @Override
            public String getPassword() {
                return postgres.getPassword();
            }

            @Override
            public String getJdbcUrl() {
                return postgres.getJdbcUrl();
            }
        };
    }

    static final class DockerAvailable implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return DOCKER;
        }
    }

    static final class DockerUnavailable implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !DOCKER;
        }
    }
}
