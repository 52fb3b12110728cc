package org.dialoguetracker.shared;

import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Links in pages are written as the templates give them, not looked up among the static resources one by one (which
 * cost a meeting page with hundreds of links most of its time, see bench/README.md); the webjar links stay
 * version-agnostic and are still served.
 */
@IntegrationTest
class ResourceLinksTest {

    @Autowired
    MockMvc mvc;

    @Test
    void pages_link_webjars_without_their_version_and_those_links_are_served() throws Exception {
        mvc.perform(get("/topics").with(user("researcher").roles("RESEARCHER"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/webjars/bootstrap/css/bootstrap.min.css\"")))
                .andExpect(content().string(containsString("src=\"/webjars/bootstrap/js/bootstrap.bundle.min.js\"")))
                .andExpect(content().string(not(containsString("/webjars/bootstrap/5."))));
        mvc.perform(get("/webjars/bootstrap/css/bootstrap.min.css")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Bootstrap")));
        mvc.perform(get("/webjars/bootstrap/js/bootstrap.bundle.min.js")).andExpect(status().isOk());
    }
}
