package org.dialoguetracker.support;

import jakarta.persistence.EntityManagerFactory;
import org.dialoguetracker.shared.web.PageCache;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * Counts the SQL statements the application prepares while a piece of work runs, by Hibernate's statistics: every
 * query through JPA, native ones included (the searches' too), but not those of a {@code JdbcTemplate}. Every
 * {@link IntegrationTest} may inject it ({@link CountsStatements} says a class does).
 * <p>
 * The statistics are on only while {@link #count} runs, and the kept pages of {@link PageCache} are forgotten just
 * before: what is counted is the first view of a page, as after any change of the data, including the one statement
 * that reads the pages' data version.
 */
public class StatementCounter {

    private final Statistics statistics;

    private final PageCache pages;

    StatementCounter(EntityManagerFactory entityManagerFactory, PageCache pages) {
        this.statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        this.pages = pages;
    }

    /**
     * The statements prepared while {@code work} runs (the application's alone: tests run one at a time), also
     * printed as {@code [statements] what: n} for the build's log.
     */
    public synchronized long count(String what, Work work) throws Exception {
        pages.clear();
        statistics.clear();
        statistics.setStatisticsEnabled(true);
        long count;
        try {
            work.run();
        }
        finally {
            count = statistics.getPrepareStatementCount();
            statistics.setStatisticsEnabled(false);
        }
        System.out.println("[statements] " + what + ": " + count);
        return count;
    }

    /** What is counted: typically a request through MockMvc, with its expectations. */
    @FunctionalInterface
    public interface Work {

        void run() throws Exception;
    }
}
