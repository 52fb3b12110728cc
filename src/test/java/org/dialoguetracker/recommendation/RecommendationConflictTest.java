package org.dialoguetracker.recommendation;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Two organisers edit the same recommendation: the second save is not allowed to overwrite the first unseen. */
@IntegrationTest
class RecommendationConflictTest {

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    RecommendationFixtures fixtures;

    @AfterEach
    void archive() {
        fixtures.archiveAll();
    }

    @Test
    void the_second_of_two_concurrent_edits_gets_the_conflict_page_and_the_first_survives() throws Exception {
        fixtures = new RecommendationFixtures(jdbc);
        long meeting = fixtures.meeting(fixtures.dialogue(), "Fixture round on conflicts", LocalDate.of(1999, 7, 1));
        String reference = RecommendationFixtures.unique("RT-CONFLICT-");
        long id = fixtures.recommendation(meeting, reference, "The title both organisers open", "PROPOSED");
        RequestPostProcessor organiser = user("organiser").roles("ORGANISER");
        RequestPostProcessor admin = user("admin").roles("ADMIN");
        MockHttpSession first = new MockHttpSession();
        MockHttpSession second = new MockHttpSession();

        String firstVersion = openedVersion(id, organiser, first);
        String secondVersion = openedVersion(id, admin, second);
        assertThat(firstVersion).isEqualTo(secondVersion);

        mvc.perform(save(id, reference, "The organiser's title", firstVersion).with(organiser).session(first))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/recommendations/" + id));

        mvc.perform(save(id, reference, "The admin's competing title", secondVersion).with(admin).session(second))
                .andExpect(status().isConflict())
                .andExpect(content().string(allOf(
                        containsString("Changed by someone else while you were editing"),
                        containsString("organiser saved a newer version"),
                        containsString("conflict-theirs pre-line\">The organiser&#39;s title"),
                        containsString("conflict-mine pre-line\">The admin&#39;s competing title"),
                        // the form keeps the admin's version, now based on the saved one, so saving again re-applies it
                        containsString("value=\"The admin&#39;s competing title\""),
                        containsString("name=\"version\" value=\"" + (Long.parseLong(firstVersion) + 1) + "\""))));

        assertThat(jdbc.queryForObject("select title_en from recommendation where id = ?", String.class, id))
                .isEqualTo("The organiser's title");
    }

    private String openedVersion(long id, RequestPostProcessor who, MockHttpSession session) throws Exception {
        String form = mvc.perform(get("/recommendations/{id}/edit", id).with(who).session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher version = VERSION.matcher(form);
        assertThat(version.find()).as("the edit form carries the version it was opened at").isTrue();
        return version.group(1);
    }

    private MockHttpServletRequestBuilder save(long id, String reference, String title, String version) {
        return post("/recommendations/{id}/edit", id).with(csrf())
                .param("reference", reference)
                .param("meetingIds", jdbc.queryForObject(
                        "select meeting_id from recommendation_meeting where recommendation_id = ?", String.class, id))
                .param("titleEn", title)
                .param("addressedTo", "OSCE").param("feasibility", "POSSIBLE").param("consensus", "CONSENSUS")
                .param("version", version);
    }
}
