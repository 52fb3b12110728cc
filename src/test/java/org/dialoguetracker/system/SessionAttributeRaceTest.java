package org.dialoguetracker.system;

import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two requests of one session that run at the same time and both add the same attribute (the CSRF token of the first
 * pages after signing in, when a browser opens several tabs at once) both succeed; before, the second failed on
 * the attribute's primary key and answered 500. bench/run, with 16 connections on one session, found it.
 */
@IntegrationTest
class SessionAttributeRaceTest {

    @Autowired
    JdbcIndexedSessionRepository sessions;

    @Test
    void two_requests_adding_the_same_attribute_at_once_both_save_and_the_last_wins() {
        race(sessions);
    }

    private static <S extends Session> void race(SessionRepository<S> sessions) {
        S created = sessions.createSession();
        sessions.save(created);
        try {
            S first = sessions.findById(created.getId());
            S second = sessions.findById(created.getId());
            first.setAttribute("bench.race", "first");
            second.setAttribute("bench.race", "second");
            sessions.save(first);
            sessions.save(second);
            assertThat(sessions.findById(created.getId()).<String>getAttribute("bench.race")).isEqualTo("second");
        }
        finally {
            sessions.deleteById(created.getId());
        }
    }
}
