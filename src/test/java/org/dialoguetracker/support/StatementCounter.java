package org.dialoguetracker.support;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * Counts the SQL statements the application prepares while a piece of work runs, by Hibernate's statistics: every
 * query through JPA, native ones included (the searches' too), but not those of a {@code JdbcTemplate}. A test class
 * gets it with {@link CountsStatements}, whose application context turns the statistics on.
 */
public class StatementCounter {

    private final Statistics statistics;

    StatementCounter(EntityManagerFactory entityManagerFactory) {
        this.statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        if (!statistics.isStatisticsEnabled()) {
            throw new IllegalStateException("Hibernate's statistics are off, so every count would be 0: "
                    + "annotate the test class with @CountsStatements");
        }
    }

    /**
     * The statements prepared while {@code work} runs (the application's alone: tests run one at a time), also
     * printed as {@code [statements] what: n} for the build's log.
     */
    public long count(String what, Work work) throws Exception {
        statistics.clear();
        work.run();
        long count = statistics.getPrepareStatementCount();
        System.out.println("[statements] " + what + ": " + count);
        return count;
    }

    /** What is counted: typically a request through MockMvc, with its expectations. */
    @FunctionalInterface
    public interface Work {

        void run() throws Exception;
    }
}
