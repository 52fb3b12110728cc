package org.dialoguetracker.shared;

import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The counters of {@code data_version} (V10, V12, V13, V15, V33), which statement-level triggers move whenever what they
 * count changes. A result kept under the values read here is never stale, whichever instance changed the data.
 * Read through the EntityManager, so that Hibernate's statistics count the read like every other statement.
 */
@Component
public class DataVersions {

    /** A row of {@code data_version}: what the triggers of one migration count. */
    public enum Counter {
        /** Recommendations, their topics and meetings, the topic tree, meetings (V10). */
        RECOMMENDATIONS("recommendations"),
        /** Follow-up actions and the participants and institutions who own them (V12). */
        FOLLOW_UPS("follow_ups"),
        /** Statements, their topics, meetings (V13). */
        STATEMENTS("statements"),
        /**
         * Any row of any table a page shows (V15), but for the statements and their topics that no recommendation
         * links to, which only {@link #STATEMENTS} covers, and the history, which no kept result reads (V33).
         */
        PAGES("pages");

        private final String row;

        Counter(String row) {
            this.row = row;
        }
    }

    private final EntityManager entityManager;

    DataVersions(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * For a bulk write in the current transaction (an import): the tables' triggers stop moving the counters for the
     * rest of it, and every counter moves once just before it commits. Each of a bulk write's thousands of statements
     * would otherwise update the same {@code data_version} rows again, each update stepping over the versions of
     * those rows that the open transaction left behind: quadratic time (V16). A rollback moves nothing, as nothing
     * changed.
     */
    public void holdUntilCommit() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Counters are held back only within a transaction");
        }
        entityManager.createNativeQuery("select set_config('dialogue.hold_data_versions', 'on', true)")
                .getSingleResult();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                // the hold stays on to the end: Envers writes its history rows later still, as the commit begins
                entityManager.createNativeQuery("update data_version set version = version + 1").executeUpdate();
            }
        });
    }

    /** The counter's value now. */
    public long of(Counter counter) {
        return now(counter)[0];
    }

    /**
     * The counters' values now, in their order, read in one statement. Within a read-only transaction, every counter
     * is read the first time one is asked for and the same values answer the rest of it: a page assembled from
     * several modules' kept results (the briefing asks four of them) reads {@code data_version} once. Nothing in a
     * read-only transaction moves a counter, and a result kept under a version it read is as old as that version, no
     * older.
     */
    public long[] now(Counter... counters) {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.isCurrentTransactionReadOnly()
                && TransactionSynchronizationManager.isSynchronizationActive()) {
            long[] all = TransactionResources.once(this, () -> read(Counter.values()));
            long[] values = new long[counters.length];
            for (int i = 0; i < counters.length; i++) {
                values[i] = all[counters[i].ordinal()];
            }
            return values;
        }
        return read(counters);
    }

    private long[] read(Counter... counters) {
        // the row names are the enum's own constants, never a reader's input
        String sql = Arrays.stream(counters)
                .map(counter -> "(select version from data_version where name = '" + counter.row + "')")
                .collect(Collectors.joining(", ", "select ", ""));
        Object result = entityManager.createNativeQuery(sql).getSingleResult();
        Object[] values = counters.length == 1 ? new Object[] { result } : (Object[]) result;
        return Arrays.stream(values).mapToLong(value -> ((Number) value).longValue()).toArray();
    }
}
