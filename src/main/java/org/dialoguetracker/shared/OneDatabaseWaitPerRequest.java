package org.dialoguetracker.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A request waits for a database out of reach once: after the pool could not give it a connection within its timeout,
 * every further connection the same request asks for (the session saved as the response commits, then once more as
 * the request ends, ...) fails at once, and {@link DatabaseUnavailable} answers the 503 page after one wait instead
 * of one per attempt. Only requests are concerned (that filter marks where one begins and ends); the next request
 * asks the database again, so nothing needs resetting when it is back.
 */
@Configuration(proxyBeanMethods = false)
class OneDatabaseWaitPerRequest {

    /** Whether the request on this thread found the database out of reach; absent outside requests. */
    private static final ThreadLocal<boolean[]> UNREACHABLE = new ThreadLocal<>();

    static void begin() {
        UNREACHABLE.set(new boolean[1]);
    }

    static void end() {
        UNREACHABLE.remove();
    }

    /** The application's pool ({@code dataSource}), behind {@link Guarded}. */
    @Bean
    static BeanPostProcessor databaseWaitedForOncePerRequest() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return "dataSource".equals(name) && bean instanceof DataSource pool && !(bean instanceof Guarded)
                        ? new Guarded(pool) : bean;
            }
        };
    }

    /** The pool, refusing at once a request that already found the database out of reach. */
    static final class Guarded extends DelegatingDataSource implements AutoCloseable {

        Guarded(DataSource pool) {
            super(pool);
        }

        @Override
        public Connection getConnection() throws SQLException {
            refuseIfUnreachable();
            try {
                return super.getConnection();
            }
            catch (SQLException failure) {
                remember(failure);
                throw failure;
            }
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            refuseIfUnreachable();
            try {
                return super.getConnection(username, password);
            }
            catch (SQLException failure) {
                remember(failure);
                throw failure;
            }
        }

        /** Closes the pool with the application context, as the pool itself would have been. */
        @Override
        public void close() throws Exception {
            if (obtainTargetDataSource() instanceof AutoCloseable pool) {
                pool.close();
            }
        }

        private static void refuseIfUnreachable() throws SQLException {
            boolean[] unreachable = UNREACHABLE.get();
            if (unreachable != null && unreachable[0]) {
                throw new SQLTransientConnectionException("The database did not answer earlier in this request",
                        "08001");
            }
        }

        private static void remember(SQLException failure) {
            boolean[] unreachable = UNREACHABLE.get();
            if (unreachable != null && DatabaseUnavailable.unreachable(failure)) {
                unreachable[0] = true;
            }
        }
    }
}
