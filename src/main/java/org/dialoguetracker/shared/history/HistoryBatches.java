package org.dialoguetracker.shared.history;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.dialoguetracker.shared.TransactionResources;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The Envers revision of a transaction that writes many audited records in bulk with JDBC (the bulk status update)
 * rather than through Hibernate, which would write one history row per record and statement. The caller writes its
 * records' {@code _aud} rows itself, under the revision this gives, as Envers would: every audited column, revtype
 * 0 for a record created, 1 for one changed. What Envers writes for the revision is written here the same way: one
 * {@code revision} row per transaction (when, who) and, in {@code revision_entity}, the kinds of record it touched,
 * so that the History tabs and the audit trail read these rows as they read Hibernate's.
 */
@Component
public class HistoryBatches {

    private final JdbcTemplate jdbc;

    private final Clock clock;

    HistoryBatches(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The revision of the current transaction for records of this kind, made by this user: created on the first
     * call of the transaction, the kind added to it on each.
     *
     * @param kind the audited entity class whose {@code _aud} rows the caller writes
     * @throws IllegalStateException outside a transaction
     */
    public long revision(String username, Class<?> kind) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("A revision belongs to a transaction");
        }
        long revision = TransactionResources.once(this, () -> jdbc.queryForObject(
                "insert into revision (changed_at, username) values (?, ?) returning id", Long.class,
                Timestamp.from(Instant.now(clock)), username));
        jdbc.update("insert into revision_entity (rev, entity_name) values (?, ?) on conflict do nothing", revision,
                kind.getName());
        return revision;
    }
}
