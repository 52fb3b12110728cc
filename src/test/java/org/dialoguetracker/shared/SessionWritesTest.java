package org.dialoguetracker.shared;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How sessions reach the database ({@link SessionWrites}): attributes added by two requests at once, and a session's
 * row written back only when it changed in more than the last access time of the minute.
 */
@IntegrationTest
class SessionWritesTest {

    /** The JDBC repository, seen through its interface: its own session class is not accessible outside its package. */
    FindByIndexNameSessionRepository<Session> sessions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @SuppressWarnings("unchecked")
    void sessions(JdbcIndexedSessionRepository repository) {
        this.sessions = (FindByIndexNameSessionRepository<Session>) (FindByIndexNameSessionRepository<?>) repository;
    }

    /**
     * Two requests of one session that run at the same time and both add the same attribute (the CSRF token of the
     * first pages after signing in, when a browser opens several tabs at once) both succeed; before, the second
     * failed on the attribute's primary key and answered 500. bench/run, with 16 connections on one session, found
     * it.
     */
    @Test
    void two_requests_adding_the_same_attribute_at_once_both_save_and_the_last_wins() {
        Session first = sessions.findById(session.getId());
        Session second = sessions.findById(session.getId());
        first.setAttribute("bench.race", "first");
        second.setAttribute("bench.race", "second");
        sessions.save(first);
        sessions.save(second);
        assertThat(sessions.findById(session.getId()).<String>getAttribute("bench.race")).isEqualTo("second");
    }

    /** When the session read back by a request below was last written: now, to the millisecond the column keeps. */
    private Instant written;

    /** That session, as a request reads it. */
    private Session session;

    @BeforeEach
    void a_stored_session_read_back() {
        Session created = sessions.createSession();
        written = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        created.setLastAccessedTime(written);
        sessions.save(created);
        assertThat(lastAccess(created.getId())).isEqualTo(written);
        session = sessions.findById(created.getId());
    }

    @AfterEach
    void deleteTheSession() {
        sessions.deleteById(session.getId());
    }

    @Test
    void a_request_within_the_minute_after_the_last_written_access_leaves_the_row_alone() {
        session.setLastAccessedTime(written.plusSeconds(59));
        sessions.save(session);

        assertThat(lastAccess(session.getId())).isEqualTo(written);
        assertThat(expiry(session.getId())).isEqualTo(written.plus(session.getMaxInactiveInterval()));
    }

    @Test
    void a_request_a_minute_or_more_after_the_last_written_access_writes_it_and_the_expiry_with_it() {
        Instant later = written.plusSeconds(60);
        session.setLastAccessedTime(later);
        sessions.save(session);

        assertThat(lastAccess(session.getId())).isEqualTo(later);
        assertThat(expiry(session.getId())).isEqualTo(later.plus(session.getMaxInactiveInterval()));
    }

    @Test
    void a_new_session_id_is_written_at_once_with_the_access_that_came_with_it() {
        String oldId = session.getId();
        session.setLastAccessedTime(written.plusSeconds(1));
        String newId = session.changeSessionId();
        sessions.save(session);

        assertThat(sessions.findById(oldId)).isNull();
        assertThat(lastAccess(newId)).isEqualTo(written.plusSeconds(1));
    }

    @Test
    void signing_in_writes_the_principal_at_once_so_that_an_admin_finds_and_ends_the_session() {
        session.setLastAccessedTime(written.plusSeconds(1));
        session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, "session-writes-test");
        sessions.save(session);

        assertThat(sessions.findByPrincipalName("session-writes-test")).containsOnlyKeys(session.getId());
    }

    @Test
    void a_changed_timeout_is_written_at_once() {
        session.setMaxInactiveInterval(session.getMaxInactiveInterval().plusMinutes(5));
        sessions.save(session);

        assertThat(expiry(session.getId())).isEqualTo(written.plus(session.getMaxInactiveInterval()));
    }

    private Instant lastAccess(String id) {
        return Instant.ofEpochMilli(jdbc.queryForObject(
                "select last_access_time from spring_session where session_id = ?", Long.class, id));
    }

    private Instant expiry(String id) {
        return Instant.ofEpochMilli(jdbc.queryForObject(
                "select expiry_time from spring_session where session_id = ?", Long.class, id));
    }
}
