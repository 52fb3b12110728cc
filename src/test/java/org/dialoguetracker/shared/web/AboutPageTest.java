package org.dialoguetracker.shared.web;

import org.dialoguetracker.support.CountsStatements;
import org.dialoguetracker.support.StatementCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The About page, which {@code bench/} measures as the ceiling of the other pages: it says what the tracker is for,
 * in both languages, every page's footer links to it, and it asks the database for nothing. Same context as the
 * other statement-counting tests, so it is started once.
 */
@CountsStatements
class AboutPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    StatementCounter statements;

    @Test
    void says_what_the_tracker_is_for_in_english_and_russian() throws Exception {
        mvc.perform(get("/about").with(user("researcher").roles("RESEARCHER"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("About the Dialogue Tracker")))
                .andExpect(content().string(containsString("separate realistic areas of engagement")));
        mvc.perform(get("/about").param("lang", "ru").with(user("researcher").roles("RESEARCHER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("О Трекере диалога")))
                .andExpect(content().string(containsString("реалистичные направления взаимодействия")));
    }

    @Test
    void every_page_footer_links_to_it() throws Exception {
        mvc.perform(get("/topics").with(user("researcher").roles("RESEARCHER"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/about\"")));
    }

    @Test
    void asks_the_database_for_nothing() throws Exception {
        long count = statements.count("/about",
                () -> mvc.perform(get("/about").with(user("organiser").roles("ORGANISER"))).andExpect(status().isOk()));
        assertThat(count).as("SQL statements for /about").isZero();
    }
}
