package org.dialoguetracker.shared;

import java.nio.charset.StandardCharsets;

import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Issue 17: on a first start the web server answers before the start-up runners have made the demo accounts, and a
 * login in that second failed. Until the application is ready (readiness accepting traffic, after every runner),
 * /login and every other page answer 503 with Retry-After and the app's own "starting" page, and the readiness probe
 * says so; once ready, everything answers as before.
 */
@IntegrationTest
class StartingUpTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void until_the_runners_are_done_login_waits_with_503_and_retry_after_and_readiness_says_out_of_service()
            throws Exception {
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        try {
            MockHttpServletResponse login = mvc.perform(get("/login")).andReturn().getResponse();
            assertThat(login.getStatus()).isEqualTo(503);
            assertThat(login.getHeader(HttpHeaders.RETRY_AFTER)).isNotBlank();
            assertThat(login.getContentAsString(StandardCharsets.UTF_8)).contains("The tracker is starting")
                    .contains("href=\"/login\"").doesNotContain("name=\"password\"");

            MockHttpServletResponse signIn = mvc.perform(formLogin("/login").user("researcher").password("demo"))
                    .andReturn().getResponse();
            assertThat(signIn.getStatus()).as("a login while starting").isEqualTo(503);
            assertThat(signIn.getCookie("SESSION")).isNull();

            assertThat(mvc.perform(get("/actuator/health/readiness")).andReturn().getResponse().getStatus())
                    .as("readiness while starting").isEqualTo(503);
            assertThat(mvc.perform(get("/css/app.css")).andReturn().getResponse().getStatus())
                    .as("the starting page's own stylesheet").isNotEqualTo(503);
        }
        finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
        assertThat(mvc.perform(get("/login")).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/actuator/health/readiness")).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        assertThat(mvc.perform(formLogin("/login").user("researcher").password("demo")).andReturn().getResponse()
                .getStatus()).as("a login once ready").isEqualTo(302);
    }
}
