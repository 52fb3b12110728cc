package org.dialoguetracker.shared;

import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The role table of the product brief, for the pages this release has, with the demo accounts and data: the login
 * page and health are public, the demo accounts sign in, a researcher reads every page. Who is refused what is
 * {@link PageAccessTest}'s, on the web layer alone.
 */
@IntegrationTest
class AccessRulesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_login_page_and_health_are_public_and_name_the_demo_accounts() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"username\"")))
                .andExpect(content().string(containsString("name=\"password\"")))
                .andExpect(content().string(containsString("researcher")));
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(content().string(containsString("UP")));
    }

    @Test
    void no_other_actuator_endpoint_is_exposed() throws Exception {
        mvc.perform(get("/actuator/env").with(user("admin").roles("ADMIN"))).andExpect(status().isNotFound());
        mvc.perform(get("/actuator/beans").with(user("admin").roles("ADMIN"))).andExpect(status().isNotFound());
    }

    @Test
    void the_demo_accounts_log_in_with_the_demo_password() throws Exception {
        for (String username : new String[] { "admin", "organiser", "researcher" }) {
            mvc.perform(formLogin("/login").user(username).password("demo")).andExpect(authenticated());
        }
        mvc.perform(formLogin("/login").user("researcher").password("wrong")).andExpect(unauthenticated());
    }

    @Test
    void a_researcher_reads_every_page() throws Exception {
        long meeting = jdbc.queryForObject("select min(id) from meeting", Long.class);
        long recommendation = jdbc.queryForObject("select min(id) from recommendation", Long.class);
        for (String path : new String[] { "/", "/meetings", "/meetings/" + meeting, "/topics", "/topics/risk-reduction",
                "/recommendations", "/recommendations?topic=mil-to-mil", "/recommendations?status=PROPOSED",
                "/recommendations/" + recommendation }) {
            mvc.perform(get(path).with(user("researcher").roles("RESEARCHER")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("Exception"))));
        }
    }
}
