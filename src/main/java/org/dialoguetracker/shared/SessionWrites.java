package org.dialoguetracker.shared;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * How sessions are written to PostgreSQL.
 * <ul>
 * <li>Session attributes are written with {@code insert ... on conflict do update}. Spring Session inserts an
 * attribute a request added; two requests of one session that add the same attribute at the same time (the CSRF
 * token of the first pages after signing in, several tabs opening at once, a load test on one session) would
 * otherwise collide on the attribute's primary key, and the second would answer 500.</li>
 * <li>A session's row is written back only when something in it changed other than its last access time, or when
 * that has moved by {@value #LAST_ACCESS_PRECISION_MILLIS} ms or more. Spring Session moves the last access time on
 * every request and writes it at the end: an update and a commit, which waits for the write-ahead log to reach the
 * disk, on every page a reader opens, the largest part of what a kept page costs the database. A session therefore
 * times out up to a minute before its eight hours (its expiry time is stored with its last access).</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class SessionWrites {

    static final long LAST_ACCESS_PRECISION_MILLIS = 60_000;

    /**
     * Spring Session's update of a session's row, binding the same six values in the same order, with a condition
     * that leaves the row alone when only the last access time moved, by less than the precision.
     */
    static final String UPDATE_SESSION_QUERY = """
            UPDATE %TABLE_NAME% AS S
            SET SESSION_ID = N.SESSION_ID, LAST_ACCESS_TIME = N.LAST_ACCESS_TIME,
                MAX_INACTIVE_INTERVAL = N.MAX_INACTIVE_INTERVAL, EXPIRY_TIME = N.EXPIRY_TIME,
                PRINCIPAL_NAME = N.PRINCIPAL_NAME
            FROM (VALUES (CAST(? AS CHAR(36)), CAST(? AS BIGINT), CAST(? AS INTEGER), CAST(? AS BIGINT),
                          CAST(? AS VARCHAR), CAST(? AS CHAR(36))))
                AS N (SESSION_ID, LAST_ACCESS_TIME, MAX_INACTIVE_INTERVAL, EXPIRY_TIME, PRINCIPAL_NAME, PRIMARY_ID)
            WHERE S.PRIMARY_ID = N.PRIMARY_ID
              AND (S.SESSION_ID <> N.SESSION_ID
                   OR S.MAX_INACTIVE_INTERVAL <> N.MAX_INACTIVE_INTERVAL
                   OR S.PRINCIPAL_NAME IS DISTINCT FROM N.PRINCIPAL_NAME
                   OR N.LAST_ACCESS_TIME - S.LAST_ACCESS_TIME >= %PRECISION_MILLIS%)
            """.replace("%PRECISION_MILLIS%", Long.toString(LAST_ACCESS_PRECISION_MILLIS));

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgreSqlSessionAttributeUpserts() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> lastAccessWrittenByTheMinute() {
        return sessions -> sessions.setUpdateSessionQuery(UPDATE_SESSION_QUERY);
    }
}
