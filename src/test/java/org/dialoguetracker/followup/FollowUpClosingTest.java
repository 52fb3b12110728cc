package org.dialoguetracker.followup;

import java.time.LocalDate;
import java.util.Map;

import org.dialoguetracker.recommendation.RecommendationFixtures;
import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dialoguetracker.followup.FollowUpFormTest.organiser;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** Completing a follow-up action takes a note and a day not in the future; cancelling takes an optional note. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FollowUpClosingTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    RecommendationFixtures fixtures;

    long recommendation;

    @BeforeAll
    void recommendation() {
        fixtures = new RecommendationFixtures(jdbc);
        long meeting = fixtures.meeting(fixtures.dialogue(), "Fixture round on closing", LocalDate.of(1999, 8, 1));
        recommendation = fixtures.recommendation(meeting, RecommendationFixtures.unique("RT-CLOSE-"),
                "Closing fixture", "IN_PROGRESS");
    }

    @AfterEach
    void archive() {
        jdbc.update("update recommendation set archived = true where id = ?", recommendation);
    }

    @Test
    void the_completion_form_proposes_today() throws Exception {
        long action = action("OPEN");
        mvc.perform(get("/follow-ups/{id}/complete", action).with(organiser()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Mark the follow-up action done"),
                        containsString("value=\"" + LocalDate.now() + "\""))));
    }

    @Test
    void completing_without_a_note_is_refused_and_nothing_is_saved() throws Exception {
        long action = action("OPEN");
        mvc.perform(complete(action, "  ", LocalDate.now().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "Say what came of the action: the note stays with it.")));
        assertThat(row(action)).containsEntry("status", "OPEN").containsEntry("completed_on", null)
                .containsEntry("completion_note", null);
    }

    @Test
    void completing_on_a_day_in_the_future_is_refused_and_nothing_is_saved() throws Exception {
        long action = action("IN_PROGRESS");
        mvc.perform(complete(action, "Done ahead of time.", LocalDate.now().plusDays(2).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The day it was done cannot be in the future.")));
        assertThat(row(action)).containsEntry("status", "IN_PROGRESS").containsEntry("completed_on", null);
    }

    @Test
    void completing_with_a_note_marks_the_action_done_on_that_day() throws Exception {
        long action = action("OPEN");
        mvc.perform(complete(action, "The secretariat replied and set a date.", "2024-02-29"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/recommendations/" + recommendation + "#follow-ups"));
        assertThat(row(action)).containsEntry("status", "DONE")
                .containsEntry("completed_on", java.sql.Date.valueOf("2024-02-29"))
                .containsEntry("completion_note", "The secretariat replied and set a date.");

        mvc.perform(complete(action, "Twice?", "2024-03-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is done or cancelled already")));
        assertThat(row(action)).containsEntry("completion_note", "The secretariat replied and set a date.");
    }

    @Test
    void cancelling_closes_the_action_with_or_without_a_note() throws Exception {
        long action = action("OPEN");
        mvc.perform(get("/follow-ups/{id}/cancel", action).with(organiser()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Cancel the follow-up action")));
        mvc.perform(post("/follow-ups/{id}/cancel", action).with(organiser()).with(csrf())
                        .param("note", "Overtaken by the new forum.").param("version", version(action)))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/recommendations/" + recommendation + "#follow-ups"));
        assertThat(row(action)).containsEntry("status", "CANCELLED").containsEntry("completed_on", null)
                .containsEntry("completion_note", "Overtaken by the new forum.");

        long silent = action("IN_PROGRESS");
        mvc.perform(post("/follow-ups/{id}/cancel", silent).with(organiser()).with(csrf())
                        .param("note", "").param("version", version(silent)))
                .andExpect(status().isFound());
        assertThat(row(silent)).containsEntry("status", "CANCELLED").containsEntry("completion_note", null);

        mvc.perform(get("/recommendations/{id}", recommendation).with(organiser()))
                .andExpect(content().string(allOf(containsString("Overtaken by the new forum."),
                        not(containsString("/follow-ups/" + action + "/complete")))));
    }

    @Test
    void a_completion_from_a_stale_form_gets_the_conflict_page() throws Exception {
        long action = action("OPEN");
        String opened = version(action);
        mvc.perform(post("/follow-ups/{id}/cancel", action).with(organiser()).with(csrf())
                        .param("note", "Cancelled by a colleague.").param("version", opened))
                .andExpect(status().isFound());
        mvc.perform(post("/follow-ups/{id}/complete", action).with(organiser()).with(csrf())
                        .param("completionNote", "Done, from the old page.").param("completedOn", "2024-01-10")
                        .param("version", opened))
                .andExpect(status().isConflict())
                .andExpect(content().string(allOf(containsString("Changed by someone else while you were editing"),
                        containsString("Cancelled by a colleague."), containsString("Done, from the old page."))));
        assertThat(row(action)).containsEntry("status", "CANCELLED");
    }

    @Test
    void a_cancellation_from_a_stale_form_gets_the_conflict_page_and_keeps_its_note() throws Exception {
        long action = action("OPEN");
        String opened = version(action);
        mvc.perform(complete(action, "Done by a colleague.", "2024-02-01")).andExpect(status().isFound());
        MvcResult refused = mvc.perform(post("/follow-ups/{id}/cancel", action).with(organiser()).with(csrf())
                        .param("note", "Cancelled from the old page.").param("version", opened))
                .andExpect(status().isConflict())
                .andExpect(view().name("followups/cancel"))
                .andExpect(content().string(allOf(containsString("Changed by someone else while you were editing"),
                        containsString("Done by a colleague."), containsString("Cancelled from the old page."))))
                .andReturn();
        assertThat(row(action)).containsEntry("status", "DONE")
                .containsEntry("completion_note", "Done by a colleague.");
        assertThat(refused.getModelAndView().getModel().get("form"))
                .as("the form shown again: the note as typed, at the version saved now")
                .isEqualTo(new CancellationForm("Cancelled from the old page.", Long.valueOf(version(action))));
    }

    private long action(String status) {
        return fixtures.followUp(recommendation, RecommendationFixtures.unique("Closing fixture action "),
                LocalDate.of(2030, 6, 30), status);
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder complete(long action,
            String note, String day) {
        return post("/follow-ups/{id}/complete", action).with(organiser()).with(csrf())
                .param("completionNote", note).param("completedOn", day).param("version", version(action));
    }

    private String version(long action) {
        return jdbc.queryForObject("select version from follow_up_action where id = ?", String.class, action);
    }

    private Map<String, Object> row(long action) {
        return jdbc.queryForMap("select * from follow_up_action where id = ?", action);
    }
}
