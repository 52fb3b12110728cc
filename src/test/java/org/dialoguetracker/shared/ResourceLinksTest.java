package org.dialoguetracker.shared;

import java.util.List;

import org.dialoguetracker.support.WebSliceTest;
import org.dialoguetracker.topic.TopicService;
import org.dialoguetracker.topic.TopicTree;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Links in pages are written as the templates give them, not looked up among the static resources one by one (which
 * cost a meeting page with hundreds of links most of its time, see bench/README.md): only the files of the head get
 * their fingerprinted address (shared/web/StaticAssets), and the webjars' version-agnostic addresses are still served.
 */
@WebSliceTest
class ResourceLinksTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TopicService topics;

    @Test
    void only_the_heads_files_are_fingerprinted_and_version_agnostic_webjar_links_are_still_served() throws Exception {
        when(topics.tree()).thenReturn(new TopicTree(List.of()));
        mvc.perform(get("/topics").with(user("researcher").roles("RESEARCHER"))).andExpect(status().isOk())
                .andExpect(content().string(matchesRegex(
                        "(?s).*href=\"/webjars/bootstrap/[^\"]*/bootstrap\\.min-[0-9a-f]{32}\\.css\".*")))
                .andExpect(content().string(matchesRegex(
                        "(?s).*src=\"/webjars/bootstrap/[^\"]*/bootstrap\\.bundle\\.min-[0-9a-f]{32}\\.js\".*")))
                .andExpect(content().string(containsString("href=\"/topics\"")));
        mvc.perform(get("/webjars/bootstrap/css/bootstrap.min.css")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Bootstrap")));
        mvc.perform(get("/webjars/bootstrap/js/bootstrap.bundle.min.js")).andExpect(status().isOk());
    }
}
