package org.dialoguetracker.support;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one database of the tests: Testcontainers' PostgreSQL when a Docker engine answers, otherwise the
 * embedded PostgreSQL the app itself uses. Either way a single server per test JVM, shared by every cached
 * application context, so the suite starts PostgreSQL once.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

    @Bean
    @ServiceConnection
    @Conditional(TestDatabase.DockerAvailable.class)
    PostgreSQLContainer postgresContainer() {
        return TestDatabase.container();
    }

    @Bean
    @Conditional(TestDatabase.DockerUnavailable.class)
    JdbcConnectionDetails embeddedPostgresConnectionDetails() {
        return TestDatabase.embedded();
    }
}
