package org.dialoguetracker.shared;

import org.dialoguetracker.support.WebSliceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The role table of the product brief as the pages' security chain and the modules' access rules apply it, before
 * any page is asked for anything. What each role then reads, and the demo accounts' logins, are
 * {@link AccessRulesTest}'s; every route for every role is {@code AuthorizationMatrixTest}'s.
 */
@WebSliceTest
class PageAccessTest {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = { "/", "/meetings", "/meetings/1", "/topics", "/topics/risk-reduction", "/recommendations",
            "/recommendations/1", "/admin/users", "/meetings/new" })
    void anonymous_visitors_are_sent_to_the_login_page(String path) throws Exception {
        mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
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
