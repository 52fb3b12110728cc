package org.dialoguetracker.shared;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded PostgreSQL of {@code ./mvnw spring-boot:run}: persistent, exclusive, and out of the way when told. */
class EmbeddedPostgresTest {

    @TempDir
    Path dataDirectory;

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(EmbeddedPostgresAutoConfiguration.class))
                .withPropertyValues("dialogue.embedded-postgres.data-directory=" + dataDirectory);
    }

    @Test
    void a_second_start_finds_the_data_of_the_first() {
        runner().run(context -> jdbc(context.getBean(JdbcConnectionDetails.class))
                .execute("create table kept (note text); insert into kept values ('still here')"));
        runner().run(context -> assertThat(jdbc(context.getBean(JdbcConnectionDetails.class))
                .queryForObject("select note from kept", String.class)).isEqualTo("still here"));
    }

    @Test
    void a_data_directory_in_use_gives_a_clear_message() {
        runner().run(first -> {
            assertThat(first).hasNotFailed();
            runner().run(second -> {
                assertThat(second).hasFailed();
                assertThat(second.getStartupFailure()).rootCause().isNotNull();
                assertThat(second.getStartupFailure()).hasStackTraceContaining("is in use by another running instance");
                EmbeddedPostgresInUseException inUse = findCause(second.getStartupFailure());
                var analysis = new EmbeddedPostgresInUseFailureAnalyzer().analyze(second.getStartupFailure());
                assertThat(inUse).isNotNull();
                assertThat(analysis.getDescription()).contains("already in use by another running Dialogue Tracker");
                assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL");
            });
        });
    }

    @Test
    void it_stays_off_when_a_datasource_url_is_set() {
        runner().withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example:5432/dialogue")
                .run(context -> assertThat(context).doesNotHaveBean(JdbcConnectionDetails.class));
    }

    @Test
    void it_stays_off_when_disabled() {
        runner().withPropertyValues("dialogue.embedded-postgres.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(JdbcConnectionDetails.class));
    }

    private static EmbeddedPostgresInUseException findCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof EmbeddedPostgresInUseException inUse) {
                return inUse;
            }
        }
        return null;
    }

    private static JdbcTemplate jdbc(JdbcConnectionDetails details) {
        return new JdbcTemplate(new SimpleDriverDataSource(new org.postgresql.Driver(), details.getJdbcUrl(),
                details.getUsername(), details.getPassword()));
    }
}
