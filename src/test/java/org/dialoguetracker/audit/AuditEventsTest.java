package org.dialoguetracker.audit;

import java.util.UUID;

import org.dialoguetracker.shared.AuditEvent;
import org.dialoguetracker.shared.AuditKind;
import org.dialoguetracker.support.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Modules record audit entries by publishing {@link AuditEvent}; the audit module writes them. One published in a
 * transaction is recorded once that transaction has committed, through Spring Modulith's event publication registry,
 * and not at all when it rolls back; one published outside any transaction is recorded at once.
 */
@ApplicationModuleTest
@Import(TestDatabaseConfiguration.class)
class AuditEventsTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_event_published_in_a_transaction_is_recorded_after_the_commit_and_its_publication_completed() {
        String summary = "created account " + UUID.randomUUID();
        transaction.executeWithoutResult(status -> {
            events.publishEvent(new AuditEvent(AuditKind.ACCOUNT, "admin", summary, "192.0.2.1"));
            assertThat(recorded(summary)).as("recorded before the commit").isZero();
            assertThat(jdbc.queryForObject("select count(*) from event_publication where serialized_event like ?",
                    Integer.class, "%" + summary + "%")).as("kept by the registry until the listener has run")
                    .isEqualTo(1);
        });
        assertThat(jdbc.queryForList("select username || ' ' || kind || ' ' || address from audit_event "
                + "where summary = ?", String.class, summary)).containsExactly("admin ACCOUNT 192.0.2.1");
        assertThat(jdbc.queryForObject("select count(*) from event_publication where serialized_event like ?",
                Integer.class, "%" + summary + "%")).as("completed publications are deleted").isZero();
    }

    @Test
    void an_event_of_a_transaction_that_rolls_back_is_not_recorded() {
        String summary = "created account " + UUID.randomUUID();
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            events.publishEvent(new AuditEvent(AuditKind.ACCOUNT, "admin", summary, null));
            throw new IllegalStateException("the account could not be saved");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(recorded(summary)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from event_publication where serialized_event like ?",
                Integer.class, "%" + summary + "%")).isZero();
    }

    @Test
    void an_event_published_outside_a_transaction_is_recorded_at_once() {
        String summary = "recommendations.csv " + UUID.randomUUID();
        events.publishEvent(new AuditEvent(AuditKind.EXPORT, "researcher", summary, null));
        assertThat(recorded(summary)).isEqualTo(1);
    }

    @Test
    void changes_are_never_published_as_events_since_envers_records_them() {
        assertThatThrownBy(() -> new AuditEvent(AuditKind.CHANGE, "organiser", "meeting", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private int recorded(String summary) {
        Integer count = jdbc.queryForObject("select count(*) from audit_event where summary = ?", Integer.class,
                summary);
        return count == null ? 0 : count;
    }
}
