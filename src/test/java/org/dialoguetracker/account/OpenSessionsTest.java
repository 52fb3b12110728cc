package org.dialoguetracker.account;

import jakarta.servlet.http.Cookie;
import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What an admin changes about an account reaches the sessions its user already has open, on every instance (they
 * live in PostgreSQL): a user whose role changed, or who was deactivated, must sign in again on their next request.
 * Each test signs in through the login form and goes on with the SESSION cookie, as a browser does.
 */
@IntegrationTest
class OpenSessionsTest {

    static final String TEXT = "Open sessions test: a point recorded";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeStatements() {
        jdbc.update("delete from statement where text_en like 'Open sessions test%'");
    }

    @Test
    void a_demoted_organisers_open_session_no_longer_records_statements() throws Exception {
        Long id = organiser("minute.taker.one", "Correct horse 51");
        Cookie session = signIn("minute.taker.one", "Correct horse 51");
        Long meeting = jdbc.queryForObject("select min(id) from meeting", Long.class);
        record(meeting, session).andExpect(redirectedUrlPattern("/meetings/*/minutes*"));
        assertThat(recorded()).isEqualTo(1);

        edit(id, "RESEARCHER", true).andExpect(redirectedUrl("/admin/users"));

        record(meeting, session).andExpect(redirectedUrl("/login"));
        assertThat(recorded()).isEqualTo(1);
        mvc.perform(get("/meetings/" + meeting + "/minutes").cookie(session))
                .andExpect(redirectedUrl("/login"));
        // signed in again, the user has the new role
        Cookie again = signIn("minute.taker.one", "Correct horse 51");
        record(meeting, again).andExpect(status().isForbidden());
        assertThat(recorded()).isEqualTo(1);
    }

    @Test
    void a_deactivated_users_open_session_ends() throws Exception {
        Long id = organiser("minute.taker.two", "Correct horse 52");
        Cookie session = signIn("minute.taker.two", "Correct horse 52");
        mvc.perform(get("/").cookie(session)).andExpect(status().isOk());

        edit(id, "ORGANISER", false).andExpect(redirectedUrl("/admin/users"));

        mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void a_change_of_name_or_language_leaves_the_session_open() throws Exception {
        Long id = organiser("minute.taker.three", "Correct horse 53");
        Cookie session = signIn("minute.taker.three", "Correct horse 53");

        edit(id, "ORGANISER", true).andExpect(redirectedUrl("/admin/users"));

        mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
    }

    @Test
    void an_admin_who_gives_up_their_own_admin_role_is_sent_to_sign_in_again() throws Exception {
        mvc.perform(post("/admin/users").with(user("admin").roles("ADMIN")).with(csrf())
                        .param("username", "admin.leaving").param("displayName", "Leaving admin").param("role", "ADMIN")
                        .param("preferredLanguage", "en").param("password", "Correct horse 54")
                        .param("passwordConfirmation", "Correct horse 54"))
                .andExpect(redirectedUrl("/admin/users"));
        Long id = jdbc.queryForObject("select id from app_user where username = 'admin.leaving'", Long.class);
        Cookie session = signIn("admin.leaving", "Correct horse 54");

        mvc.perform(post("/admin/users/" + id + "/edit").cookie(session).with(csrf())
                        .param("displayName", "Leaving admin").param("role", "RESEARCHER").param("preferredLanguage", "en")
                        .param("active", "true").param("version", "0"))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.queryForObject("select role from app_user where id = ?", String.class, id))
                .isEqualTo("RESEARCHER");
        mvc.perform(get("/admin/users").cookie(session)).andExpect(redirectedUrl("/login"));
    }

    private Long organiser(String username, String password) throws Exception {
        mvc.perform(post("/admin/users").with(user("admin").roles("ADMIN")).with(csrf())
                        .param("username", username).param("displayName", "Minute taker").param("role", "ORGANISER")
                        .param("preferredLanguage", "en").param("password", password)
                        .param("passwordConfirmation", password))
                .andExpect(redirectedUrl("/admin/users"));
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
    }

    private Cookie signIn(String username, String password) throws Exception {
        Cookie session = mvc.perform(formLogin("/login").user(username).password(password)).andReturn().getResponse()
                .getCookie("SESSION");
        assertThat(session).as("the session cookie of the login").isNotNull();
        return session;
    }

    private ResultActions record(Long meeting, Cookie session) throws Exception {
        return mvc.perform(post("/meetings/" + meeting + "/statements").cookie(session).with(csrf())
                .param("kind", "POSITION").param("side", "UK").param("attribution", "NONE").param("textEn", TEXT));
    }

    private ResultActions edit(Long id, String role, boolean active) throws Exception {
        long version = jdbc.queryForObject("select version from app_user where id = ?", Long.class, id);
        return mvc.perform(post("/admin/users/" + id + "/edit").with(user("admin").roles("ADMIN")).with(csrf())
                .param("displayName", "Minute taker, renamed").param("role", role).param("preferredLanguage", "ru")
                .param(active ? "active" : "_active", active ? "true" : "on").param("version", String.valueOf(version)));
    }

    private int recorded() {
        return jdbc.queryForObject("select count(*) from statement where text_en = ?", Integer.class, TEXT);
    }
}
