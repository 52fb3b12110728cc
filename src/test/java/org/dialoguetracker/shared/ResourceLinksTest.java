package org.dialoguetracker.shared;

import java.util.List;

import org.dialoguetracker.support.WebSliceTest;
import org.dialoguetracker.topic.TopicService;
import org.dialoguetracker.topic.TopicTree;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Links in pages are written as the templates give them, not looked up among the static resources one by one (which
 * cost a meeting page with hundreds of links most of its time, see bench/README.md); the webjar links stay
 * version-agnostic and are still served.
 */
@WebSliceTest
class ResourceLinksTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TopicService topics;

    @Test
    void pages_link_webjars_without_their_version_and_those_links_are_served() throws Exception {
        when(topics.tree()).thenReturn(new TopicTree(List.of()));
        mvc.perform(get("/topics").with(user("researcher").roles("RESEARCHER"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/webjars/bootstrap/css/bootstrap.min.css\"")))
                .andExpect(content().string(containsString("src=\"/webjars/bootstrap/js/bootstrap.bundle.min.js\"")))
                .andExpect(content().string(not(containsString("/webjars/bootstrap/5."))));
        mvc.perform(get("/webjars/bootstrap/css/bootstrap.min.css")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Bootstrap")));
        mvc.perform(get("/webjars/bootstrap/js/bootstrap.bundle.min.js")).andExpect(status().isOk());
    }
}
