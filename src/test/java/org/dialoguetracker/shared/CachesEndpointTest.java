package org.dialoguetracker.shared;

import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The caches every module declares are listed at /actuator/caches, to admins only. */
@IntegrationTest
class CachesEndpointTest {

    private static final String CACHES = "$.cacheManagers.cacheManager.caches";

    @Autowired
    MockMvc mvc;

    @Test
    void an_admin_sees_every_modules_caches() throws Exception {
        mvc.perform(get("/actuator/caches").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath(CACHES + "['recommendation-facets']").exists())
                .andExpect(jsonPath(CACHES + "['recommendation-totals']").exists())
                .andExpect(jsonPath(CACHES + "['recommendation-rankings']").exists())
                .andExpect(jsonPath(CACHES + "['recommendation-summaries']").exists())
                .andExpect(jsonPath(CACHES + "['statement-matches']").exists())
                .andExpect(jsonPath(CACHES + "['dashboard-overviews']").exists())
                .andExpect(jsonPath(CACHES + "['dashboard-overdue']").exists());
    }

    @Test
    void a_researcher_and_an_organiser_are_refused_and_a_visitor_sent_to_log_in() throws Exception {
        mvc.perform(get("/actuator/caches").with(user("researcher").roles("RESEARCHER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/caches").with(user("organiser").roles("ORGANISER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/caches")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void health_stays_public() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(content().string(containsString("UP")));
    }
}
