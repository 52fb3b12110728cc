package org.dialoguetracker.recommendation;

import java.util.Arrays;
import java.util.List;

import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The History tab of a recommendation lists each saved change with its author: the recommendation and its actions. */
@IntegrationTest
class RecommendationHistoryTest {

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
    void each_change_to_the_recommendation_and_its_follow_ups_is_listed_with_its_author() throws Exception {
        fixtures = new RecommendationFixtures(jdbc);
        // a meeting recorded through the application has revisions, so the tab can name it among the links
        String meetingTitle = RecommendationFixtures.unique("Fixture round on history ");
        mvc.perform(post("/meetings").with(user("organiser").roles("ORGANISER")).with(csrf())
                        .param("dialogueId", String.valueOf(fixtures.dialogue())).param("titleEn", meetingTitle)
                        .param("startDate", "1999-09-01").param("endDate", "1999-09-02").param("format", "IN_PERSON")
                        .param("trackLevel", "TRACK_2").param("attributionRule", "SIDE").param("status", "HELD"))
                .andExpect(status().isFound());
        long meeting = jdbc.queryForObject("select id from meeting where title_en = ?", Long.class, meetingTitle);
        String reference = RecommendationFixtures.unique("RT-HIST-");

        mvc.perform(post("/meetings/{id}/recommendations", meeting).with(user("organiser").roles("ORGANISER"))
                        .with(csrf()).param("reference", reference).param("titleEn", "History fixture, first title")
                        .param("addressedTo", "OSCE").param("feasibility", "POSSIBLE").param("consensus", "MAJORITY")
                        .param("topicIds", jdbc.queryForObject("select id from topic where slug = 'risk-reduction'", String.class)))
                .andExpect(status().isFound());
        long id = fixtures.created(reference);
        mvc.perform(post("/recommendations/{id}/edit", id).with(user("admin").roles("ADMIN")).with(csrf())
                        .param("reference", reference).param("meetingIds", String.valueOf(meeting))
                        .param("titleEn", "History fixture, second title")
                        .param("addressedTo", "OSCE").param("feasibility", "UNLIKELY").param("consensus", "MAJORITY")
                        .param("version", String.valueOf(fixtures.version(id))))
                .andExpect(status().isFound());
        mvc.perform(post("/recommendations/{id}/status", id).with(user("organiser").roles("ORGANISER")).with(csrf())
                        .param("status", "UNDER_CONSIDERATION").param("note", "Sent to both ministries.")
                        .param("version", String.valueOf(fixtures.version(id))))
                .andExpect(status().isFound());
        mvc.perform(post("/recommendations/{id}/follow-ups", id).with(user("admin").roles("ADMIN")).with(csrf())
                        .param("descriptionEn", "Write to the OSCE secretariat").param("dueDate", "2031-01-31")
                        .param("status", "OPEN"))
                .andExpect(status().isFound());

        String page = mvc.perform(get("/recommendations/{id}/history", id).with(user("organiser").roles("ORGANISER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> entries = entries(page);

        assertThat(entries).hasSize(4);
        assertThat(entries.get(0)).contains("admin", "created", "the follow-up action", "Write to the OSCE secretariat",
                "Due by", "2031-01-31");
        assertThat(entries.get(1)).contains("organiser", "changed", "the recommendation", reference, "Status",
                "Proposed", "Under consideration");
        assertThat(entries.get(2)).contains("admin", "changed", "the recommendation", "History fixture, first title",
                "History fixture, second title", "Feasibility", "Possible", "Unlikely", "Topics", "risk-reduction");
        assertThat(entries.get(3)).contains("organiser", "created", "the recommendation", reference,
                "History fixture, first title", "Majority view", "risk-reduction", "From the meetings",
                meetingTitle + " (1999-09-01)");
    }

    /** The text of each entry of the History tab, tags left out and spaces collapsed. */
    static List<String> entries(String page) {
        return Arrays.stream(page.split("<li class=\"history-entry")).skip(1)
                .map(entry -> entry.substring(entry.indexOf(">") + 1, entry.indexOf("</li>")))
                .map(entry -> entry.replaceAll("<[^>]+>", " ").replace("&#39;", "'").replaceAll("\\s+", " ").strip())
                .toList();
    }

    @Test
    void an_unknown_recommendation_and_its_history_are_the_404_page() throws Exception {
        fixtures = new RecommendationFixtures(jdbc);
        mvc.perform(get("/recommendations/987654").with(user("admin").roles("ADMIN")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/recommendations/987654/history").with(user("admin").roles("ADMIN")))
                .andExpect(status().isNotFound());
    }
}
