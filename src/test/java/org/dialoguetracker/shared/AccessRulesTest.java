package org.dialoguetracker.shared;

import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The role table of the product brief, for the pages this release has. */
@IntegrationTest
class AccessRulesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest
    @ValueSource(strings = { "/", "/meetings", "/meetings/1", "/topics", "/topics/risk-reduction", "/recommendations",
            "/recommendations/1", "/admin/users", "/meetings/new" })
    void anonymous_visitors_are_sent_to_the_login_page(String path) throws Exception {
        mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

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

    @ParameterizedTest
    @ValueSource(strings = { "/meetings", "/meetings/1", "/recommendations", "/recommendations/1/status", "/topics",
            "/follow-ups", "/admin/users" })
    void a_researcher_is_refused_every_change_with_the_403_page(String path) throws Exception {
        mvc.perform(post(path).with(csrf()).with(user("researcher").roles("RESEARCHER")))
                .andExpect(status().isForbidden());
        mvc.perform(put(path).with(csrf()).with(user("researcher").roles("RESEARCHER")))
                .andExpect(status().isForbidden());
        mvc.perform(delete(path).with(csrf()).with(user("researcher").roles("RESEARCHER")))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_researcher_is_refused_the_forms_and_the_administration() throws Exception {
        mvc.perform(get("/meetings/new").with(user("researcher").roles("RESEARCHER"))).andExpect(status().isForbidden());
        mvc.perform(get("/meetings/1/edit").with(user("researcher").roles("RESEARCHER"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users").with(user("organiser").roles("ORGANISER"))).andExpect(status().isForbidden());
    }

    @Test
    void a_change_without_the_csrf_token_is_refused_even_for_an_admin() throws Exception {
        mvc.perform(post("/meetings").with(user("admin").roles("ADMIN"))).andExpect(status().isForbidden());
    }
}
