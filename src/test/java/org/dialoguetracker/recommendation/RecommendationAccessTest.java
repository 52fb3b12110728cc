package org.dialoguetracker.recommendation;

import java.time.LocalDate;
import java.util.Map;

import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A researcher reads recommendations but gets the 403 page on every form and every change, and changes nothing. */
@IntegrationTest
class RecommendationAccessTest {

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
    void a_researcher_gets_403_on_every_form_and_every_post_and_nothing_changes() throws Exception {
        fixtures = new RecommendationFixtures(jdbc);
        long meeting = fixtures.meeting(fixtures.dialogue(), "Fixture round on access", LocalDate.of(1999, 10, 1));
        long id = fixtures.recommendation(meeting, RecommendationFixtures.unique("RT-ACCESS-"), "Access fixture",
                "REJECTED");
        long action = fixtures.followUp(id, "Access fixture action", LocalDate.of(2000, 1, 1), "OPEN");
        Map<String, Object> before = jdbc.queryForMap("select * from recommendation where id = ?", id);
        Map<String, Object> actionBefore = jdbc.queryForMap("select * from follow_up_action where id = ?", action);
        int recommendations = fixtures.count("select count(*) from recommendation");
        int actions = fixtures.count("select count(*) from follow_up_action");
        RequestPostProcessor researcher = user("researcher").roles("RESEARCHER");

        for (String form : new String[] { "/meetings/" + meeting + "/recommendations/new", "/recommendations/" + id + "/edit",
                "/recommendations/" + id + "/status", "/recommendations/" + id + "/history",
                "/recommendations/" + id + "/follow-ups/new", "/follow-ups/" + action + "/edit",
                "/follow-ups/" + action + "/complete", "/follow-ups/" + action + "/cancel" }) {
            mvc.perform(get(form).with(researcher)).andExpect(status().isForbidden());
        }
        String version = String.valueOf(before.get("version"));
        String actionVersion = String.valueOf(actionBefore.get("version"));
        mvc.perform(post("/meetings/{id}/recommendations", meeting).with(researcher).with(csrf())
                .param("reference", "RT-RESEARCHER-1").param("titleEn", "Not theirs to add").param("addressedTo", "OSCE")
                .param("feasibility", "POSSIBLE").param("consensus", "CONSENSUS")).andExpect(status().isForbidden());
        mvc.perform(post("/recommendations/{id}/edit", id).with(researcher).with(csrf())
                .param("reference", "RT-RESEARCHER-2").param("titleEn", "Not theirs to edit").param("addressedTo", "OSCE")
                .param("feasibility", "POSSIBLE").param("consensus", "CONSENSUS").param("meetingIds", String.valueOf(meeting))
                .param("version", version)).andExpect(status().isForbidden());
        mvc.perform(post("/recommendations/{id}/status", id).with(researcher).with(csrf())
                .param("status", "UNDER_CONSIDERATION").param("note", "Not theirs to move").param("version", version))
                .andExpect(status().isForbidden());
        mvc.perform(post("/recommendations/{id}/archive", id).with(researcher).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/recommendations/{id}/unarchive", id).with(researcher).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/recommendations/{id}/follow-ups", id).with(researcher).with(csrf())
                .param("descriptionEn", "Not theirs to add")).andExpect(status().isForbidden());
        mvc.perform(post("/follow-ups/{id}/edit", action).with(researcher).with(csrf())
                .param("descriptionEn", "Not theirs to edit").param("version", actionVersion))
                .andExpect(status().isForbidden());
        mvc.perform(post("/follow-ups/{id}/complete", action).with(researcher).with(csrf())
                .param("completionNote", "Not theirs to close").param("completedOn", "2020-01-01")
                .param("version", actionVersion)).andExpect(status().isForbidden());
        mvc.perform(post("/follow-ups/{id}/cancel", action).with(researcher).with(csrf())
                .param("version", actionVersion)).andExpect(status().isForbidden());

        assertThat(jdbc.queryForMap("select * from recommendation where id = ?", id)).isEqualTo(before);
        assertThat(jdbc.queryForMap("select * from follow_up_action where id = ?", action)).isEqualTo(actionBefore);
        assertThat(fixtures.count("select count(*) from recommendation")).isEqualTo(recommendations);
        assertThat(fixtures.count("select count(*) from follow_up_action")).isEqualTo(actions);
    }

    @Test
    void a_researcher_reads_the_recommendation_and_the_follow_up_list() throws Exception {
        fixtures = new RecommendationFixtures(jdbc);
        long recommendation = jdbc.queryForObject("select min(id) from recommendation", Long.class);
        RequestPostProcessor researcher = user("researcher").roles("RESEARCHER");
        mvc.perform(get("/recommendations/{id}", recommendation).with(researcher)).andExpect(status().isOk());
        mvc.perform(get("/follow-ups").with(researcher)).andExpect(status().isOk());
        mvc.perform(get("/follow-ups?overdue=true&status=OPEN&page=0").with(researcher)).andExpect(status().isOk());
    }
}
