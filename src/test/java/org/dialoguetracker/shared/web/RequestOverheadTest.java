package org.dialoguetracker.shared.web;

import ch.qos.logback.classic.LoggerContext;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every request would pay for without anyone reading it stays off (application.properties): Spring Security's
 * observations of its filter chain and Micrometer's Logback turbo filter. The observation of the request as a whole
 * stays, for whoever adds a metrics registry.
 */
@IntegrationTest
class RequestOverheadTest {

    @Autowired
    ObservationRegistry observations;

    @Test
    void spring_security_observes_nothing_but_the_request_is_still_observed() {
        Observation filterChain = Observation.start("spring.security.filterchains", observations);
        Observation request = Observation.start("http.server.requests", observations);
        try {
            assertThat(filterChain.isNoop()).isTrue();
            assertThat(request.isNoop()).isFalse();
        }
        finally {
            filterChain.stop();
            request.stop();
        }
    }

    @Test
    void logging_is_not_counted_by_a_turbo_filter() {
        LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
        assertThat(logging.getTurboFilterList()).isEmpty();
    }
}
