package org.dialoguetracker.support;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A change the data-version triggers do not see, as a writer that bypassed them would make it: the statement runs
 * with {@code session_replication_role = replica} on one connection. Tests use it to prove that a kept result is
 * really kept (not recomputed) until a counter moves.
 */
public final class WithoutTriggers {

    private WithoutTriggers() {
    }

    public static void execute(JdbcTemplate jdbc, String sql) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            try (var statement = connection.createStatement()) {
                statement.execute("set session_replication_role = replica");
                try {
                    statement.executeUpdate(sql);
                }
                finally {
                    statement.execute("set session_replication_role = origin");
                }
            }
            return null;
        });
    }
}
