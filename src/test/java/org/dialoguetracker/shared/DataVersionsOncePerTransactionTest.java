package org.dialoguetracker.shared;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * {@link DataVersions#now} reads the counters once per read-only transaction, and each time anywhere else: a write
 * transaction moves them as it goes, and outside a transaction nothing holds a value. By hand, with a mocked
 * EntityManager that answers a higher value at every read, and Spring's transaction synchronisation set up as a
 * transaction manager would.
 */
class DataVersionsOncePerTransactionTest {

    final List<String> reads = new ArrayList<>();

    final DataVersions versions = new DataVersions(counting());

    @AfterEach
    void clear() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.getSynchronizations().forEach(sync -> sync.afterCompletion(0));
            TransactionSynchronizationManager.clearSynchronization();
        }
        TransactionSynchronizationManager.setActualTransactionActive(false);
        TransactionSynchronizationManager.setCurrentTransactionReadOnly(false);
    }

    @Test
    void within_a_read_only_transaction_every_counter_is_read_once_and_the_values_agree() {
        begin(true);
        long statements = versions.of(DataVersions.Counter.STATEMENTS);
        long[] both = versions.now(DataVersions.Counter.RECOMMENDATIONS, DataVersions.Counter.STATEMENTS);
        assertThat(reads).hasSize(1);
        assertThat(reads.get(0)).contains("'recommendations'").contains("'follow_ups'").contains("'statements'")
                .contains("'pages'");
        assertThat(both[1]).isEqualTo(statements);
        // the next transaction reads them again
        clear();
        begin(true);
        assertThat(versions.of(DataVersions.Counter.STATEMENTS)).isGreaterThan(statements);
        assertThat(reads).hasSize(2);
    }

    @Test
    void in_a_write_transaction_and_outside_any_each_call_reads() {
        begin(false);
        long first = versions.of(DataVersions.Counter.PAGES);
        assertThat(versions.of(DataVersions.Counter.PAGES)).isGreaterThan(first);
        clear();
        versions.of(DataVersions.Counter.PAGES);
        assertThat(reads).hasSize(3).allSatisfy(sql -> assertThat(sql).contains("'pages'")
                .doesNotContain("'statements'"));
    }

    private static void begin(boolean readOnly) {
        TransactionSynchronizationManager.initSynchronization();
        TransactionSynchronizationManager.setActualTransactionActive(true);
        TransactionSynchronizationManager.setCurrentTransactionReadOnly(readOnly);
    }

    /** An EntityManager whose every read of the counters answers 10, 20, 30, … for each of them. */
    private EntityManager counting() {
        EntityManager entityManager = mock(EntityManager.class);
        when(entityManager.createNativeQuery(anyString())).thenAnswer(invocation -> {
            String sql = invocation.getArgument(0);
            reads.add(sql);
            long value = reads.size() * 10L;
            int columns = sql.split("select version", -1).length - 1;
            Query query = mock(Query.class);
            if (columns == 1) {
                when(query.getSingleResult()).thenReturn(value);
            } else {
                Object[] row = new Object[columns];
                java.util.Arrays.fill(row, value);
                when(query.getSingleResult()).thenReturn(row);
            }
            return query;
        });
        return entityManager;
    }
}
