package org.dialoguetracker.audit;

import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The audit trail records logins, failed logins and changes, and admins filter it. */
@IntegrationTest
class AuditTrailTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void logins_and_failed_logins_are_recorded_with_their_user() throws Exception {
        mvc.perform(formLogin("/login").user("organiser").password("demo"));
        mvc.perform(formLogin("/login").user("organiser").password("not-the-password"));
        assertThat(jdbc.queryForList("select kind from audit_event where username = 'organiser' order by id desc limit 2",
                String.class)).containsExactly("LOGIN_FAILED", "LOGIN");

        mvc.perform(get("/admin/audit").param("kind", "LOGIN_FAILED").param("user", "organiser")
                        .with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Failed login"), containsString("BadCredentials"),
                        not(containsString("<td>Login</td>")))));
    }

    @Test
    void every_change_appears_with_its_author_and_the_kinds_of_record_changed() throws Exception {
        String dialogue = jdbc.queryForObject("select min(id) from dialogue", String.class);
        mvc.perform(post("/meetings").with(user("organiser").roles("ORGANISER")).with(csrf())
                .param("dialogueId", dialogue).param("titleEn", "Audit trail test meeting")
                .param("startDate", "2027-06-01").param("endDate", "2027-06-01").param("format", "ONLINE")
                .param("trackLevel", "TRACK_2").param("attributionRule", "NONE"));
        mvc.perform(get("/admin/audit").param("kind", "CHANGE").param("user", "organiser")
                        .with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Change"), containsString("Meeting"))));
    }

    @Test
    void only_admins_read_it_and_bad_filters_get_the_400_page() throws Exception {
        mvc.perform(get("/admin/audit").with(user("organiser").roles("ORGANISER"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit").param("from", "yesterday").with(user("admin").roles("ADMIN")))
                .andExpect(status().isBadRequest());
    }
}
