package org.dialoguetracker.shared;

import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;

/**
 * The counters of {@code data_version} (V10, V12, V13, V15), which statement-level triggers move whenever what they
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
        /** Any row of any table a page shows (V15). */
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

    /** The counter's value now. */
    public long of(Counter counter) {
        return now(counter)[0];
    }

    /** The counters' values now, in their order, read in one statement. */
    public long[] now(Counter... counters) {
        // the row names are the enum's own constants, never a reader's input
        String sql = Arrays.stream(counters)
                .map(counter -> "(select version from data_version where name = '" + counter.row + "')")
                .collect(Collectors.joining(", ", "select ", ""));
        Object result = entityManager.createNativeQuery(sql).getSingleResult();
        Object[] values = counters.length == 1 ? new Object[] { result } : (Object[]) result;
        return Arrays.stream(values).mapToLong(value -> ((Number) value).longValue()).toArray();
    }
}
