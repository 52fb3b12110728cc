package org.dialoguetracker.account;

import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Admins manage accounts; passwords follow the policy; the tracker never loses its last admin. */
@IntegrationTest
class UserAdministrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_admin_creates_an_account_that_can_log_in() throws Exception {
        mvc.perform(newUser("analyst.one", "Correct horse 42")).andExpect(redirectedUrl("/admin/users"));
        assertThat(jdbc.queryForObject("select role from app_user where username = 'analyst.one'", String.class))
                .isEqualTo("RESEARCHER");
        mvc.perform(formLogin("/login").user("analyst.one").password("Correct horse 42")).andExpect(authenticated());
    }

    @Test
    void the_blanks_around_a_password_are_part_of_it_while_those_around_a_name_are_dropped() throws Exception {
        String password = "  Correct horse 44 ";
        mvc.perform(post("/admin/users").with(user("admin").roles("ADMIN")).with(csrf())
                .param("username", " analyst.four ").param("displayName", " Analyst Four  ").param("role", "RESEARCHER")
                .param("preferredLanguage", "en").param("password", password).param("passwordConfirmation", password))
                .andExpect(redirectedUrl("/admin/users"));
        assertThat(jdbc.queryForObject("select display_name from app_user where username = 'analyst.four'",
                String.class)).isEqualTo("Analyst Four");
        mvc.perform(login("analyst.four", password)).andExpect(authenticated());
        mvc.perform(login("analyst.four", password.strip())).andExpect(unauthenticated());

        Long id = jdbc.queryForObject("select id from app_user where username = 'analyst.four'", Long.class);
        String reset = " Battery staple 45  ";
        mvc.perform(post("/admin/users/{id}/password", id).with(user("admin").roles("ADMIN")).with(csrf())
                .param("password", reset).param("passwordConfirmation", reset))
                .andExpect(redirectedUrl("/admin/users"));
        mvc.perform(login("analyst.four", reset)).andExpect(authenticated());
        mvc.perform(login("analyst.four", reset.strip())).andExpect(unauthenticated());
    }

    @Test
    void weak_passwords_and_taken_usernames_are_refused_with_a_message() throws Exception {
        int before = users();
        mvc.perform(newUser("analyst.two", "short1")).andExpect(model().attributeHasFieldErrors("form", "password"))
                .andExpect(content().string(containsString("At least 12 characters.")));
        mvc.perform(newUser("analyst.two", "onlylettershere")).andExpect(model().attributeHasFieldErrors("form", "password"));
        mvc.perform(newUser("analyst.two", "analyst.two-2024")).andExpect(content().string(
                containsString("The password may not contain the username.")));
        mvc.perform(newUser("researcher", "Correct horse 42")).andExpect(content().string(
                containsString("This username is taken.")));
        mvc.perform(newUser("bad name!", "Correct horse 42")).andExpect(model().attributeHasFieldErrors("form", "username"));
        assertThat(users()).isEqualTo(before);
    }

    @Test
    void the_last_active_admin_can_be_neither_demoted_nor_deactivated() throws Exception {
        Long admin = jdbc.queryForObject("select id from app_user where username = 'admin'", Long.class);
        long version = jdbc.queryForObject("select version from app_user where id = ?", Long.class, admin);
        jdbc.update("update app_user set active = false where role = 'ADMIN' and username <> 'admin'");
        mvc.perform(post("/admin/users/" + admin + "/edit").with(user("admin").roles("ADMIN")).with(csrf())
                        .param("displayName", "Demo Admin").param("role", "ORGANISER").param("preferredLanguage", "en")
                        .param("active", "true").param("version", String.valueOf(version)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This is the last active admin")));
        assertThat(jdbc.queryForObject("select role from app_user where id = ?", String.class, admin)).isEqualTo("ADMIN");
    }

    @Test
    void a_deactivated_account_can_no_longer_log_in() throws Exception {
        mvc.perform(newUser("analyst.three", "Correct horse 43"));
        Long id = jdbc.queryForObject("select id from app_user where username = 'analyst.three'", Long.class);
        mvc.perform(post("/admin/users/" + id + "/edit").with(user("admin").roles("ADMIN")).with(csrf())
                        .param("displayName", "Analyst Three").param("role", "RESEARCHER").param("preferredLanguage", "ru")
                        .param("_active", "on").param("version", "0"))
                .andExpect(redirectedUrl("/admin/users"));
        mvc.perform(formLogin("/login").user("analyst.three").password("Correct horse 43")).andExpect(unauthenticated());
    }

    @Test
    void only_admins_reach_the_accounts() throws Exception {
        mvc.perform(get("/admin/users").with(user("organiser").roles("ORGANISER"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users/new").with(user("researcher").roles("RESEARCHER"))).andExpect(status().isForbidden());
        mvc.perform(newUser("sneaky", "Correct horse 44").with(user("organiser").roles("ORGANISER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/users").with(user("admin").roles("ADMIN"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("researcher")));
    }

    /** A login from an address of its own, so that its failures count towards no other test's throttle. */
    private static MockHttpServletRequestBuilder login(String username, String password) {
        return post("/login").param("username", username).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr("192.0.2.44");
                    return request;
                });
    }

    private int users() {
        return jdbc.queryForObject("select count(*) from app_user", Integer.class);
    }

    private MockHttpServletRequestBuilder newUser(String username, String password) {
        return post("/admin/users").with(user("admin").roles("ADMIN")).with(csrf())
                .param("username", username).param("displayName", "Analyst").param("role", "RESEARCHER")
                .param("preferredLanguage", "en").param("password", password).param("passwordConfirmation", password);
    }
}
