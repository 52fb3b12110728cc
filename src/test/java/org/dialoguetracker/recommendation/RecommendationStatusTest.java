package org.dialoguetracker.recommendation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dialoguetracker.recommendation.RecommendationFormTest.organiser;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Changing status follows the lifecycle, takes a note, and becomes a step of the timeline; archiving hides. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecommendationStatusTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    RecommendationFixtures fixtures;

    long meeting;

    @BeforeAll
    void meeting() {
        fixtures = new RecommendationFixtures(jdbc);
        meeting = fixtures.meeting(fixtures.dialogue(), "Fixture round on statuses", LocalDate.of(1999, 3, 1));
    }

    @AfterEach
    void archive() {
        fixtures.archiveAll();
    }

    @Test
    void the_form_offers_only_the_moves_the_lifecycle_allows() throws Exception {
        long rejected = recommendation("REJECTED");
        mvc.perform(get("/recommendations/{id}/status", rejected).with(organiser()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"UNDER_CONSIDERATION\""),
                        not(containsString("value=\"IN_PROGRESS\"")), not(containsString("value=\"ADOPTED\"")))));

        long implemented = recommendation("IMPLEMENTED");
        mvc.perform(get("/recommendations/{id}/status", implemented).with(organiser()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("“Implemented” is final: the status of this recommendation cannot change any more."),
                        not(containsString("name=\"note\"")))));
    }

    @Test
    void rejected_cannot_jump_to_in_progress_and_nothing_is_saved() throws Exception {
        long id = recommendation("REJECTED");
        int steps = steps(id);
        change(id, "IN_PROGRESS", "Work has started after all.")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "A recommendation with the status “Rejected” cannot move to “In progress”.")));
        assertThat(statusOf(id)).isEqualTo("REJECTED");
        assertThat(steps(id)).isEqualTo(steps);
    }

    @Test
    void reopening_then_adopting_is_accepted_and_each_step_shows_in_the_timeline_with_its_note_and_author()
            throws Exception {
        long id = recommendation("REJECTED");
        change(id, "UNDER_CONSIDERATION", "The new government asked to look at it again.")
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/recommendations/" + id + "#timeline"));
        assertThat(statusOf(id)).isEqualTo("UNDER_CONSIDERATION");
        mvc.perform(post("/recommendations/{id}/status", id).with(user("admin").roles("ADMIN")).with(csrf())
                        .param("status", "ADOPTED").param("note", "Both ministries agreed to take it forward.")
                        .param("version", String.valueOf(fixtures.version(id))))
                .andExpect(status().isFound());
        assertThat(statusOf(id)).isEqualTo("ADOPTED");

        List<Map<String, Object>> timeline = jdbc.queryForList("""
                select c.from_status, c.to_status, c.note, u.username from recommendation_status_change c
                  left join app_user u on u.id = c.changed_by_id
                 where c.recommendation_id = ? order by c.changed_at, c.id""", id);
        assertThat(timeline).hasSize(3);
        assertThat(timeline.get(1)).containsEntry("from_status", "REJECTED")
                .containsEntry("to_status", "UNDER_CONSIDERATION")
                .containsEntry("note", "The new government asked to look at it again.")
                .containsEntry("username", "organiser");
        assertThat(timeline.get(2)).containsEntry("from_status", "UNDER_CONSIDERATION")
                .containsEntry("to_status", "ADOPTED").containsEntry("username", "admin");

        mvc.perform(get("/recommendations/{id}", id).with(user("researcher").roles("RESEARCHER")))
                .andExpect(content().string(allOf(
                        containsString("The new government asked to look at it again."), containsString("by Demo Organiser"),
                        containsString("Both ministries agreed to take it forward."), containsString("by Demo Admin"))));
    }

    @Test
    void a_status_change_without_a_note_is_refused_and_nothing_is_saved() throws Exception {
        long id = recommendation("PROPOSED");
        int steps = steps(id);
        change(id, "UNDER_CONSIDERATION", "   ")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "Say why the status changes: the note goes into the timeline.")));
        change(id, "", "A note without a status.")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose the new status.")));
        assertThat(statusOf(id)).isEqualTo("PROPOSED");
        assertThat(steps(id)).isEqualTo(steps);
    }

    @Test
    void a_status_change_from_a_stale_form_gets_the_conflict_page() throws Exception {
        long id = recommendation("PROPOSED");
        long opened = fixtures.version(id);
        change(id, "UNDER_CONSIDERATION", "First organiser moves it on.").andExpect(status().isFound());
        mvc.perform(post("/recommendations/{id}/status", id).with(user("admin").roles("ADMIN")).with(csrf())
                        .param("status", "REJECTED").param("note", "Second organiser, from the old page.")
                        .param("version", String.valueOf(opened)))
                .andExpect(status().isConflict())
                .andExpect(content().string(allOf(
                        containsString("Changed by someone else while you were editing"),
                        containsString("conflict-theirs pre-line\">UNDER_CONSIDERATION"),
                        containsString("conflict-mine pre-line\">REJECTED"),
                        // based on the saved version now, so that sending it again moves it on from there
                        containsString("name=\"version\" value=\"" + fixtures.version(id) + "\""))));
        assertThat(statusOf(id)).isEqualTo("UNDER_CONSIDERATION");
        assertThat(steps(id)).isEqualTo(2);
    }

    @Test
    void an_archived_recommendation_leaves_the_lists_but_stays_readable_with_a_badge() throws Exception {
        String reference = RecommendationFixtures.unique("RT-ARCH-");
        long id = fixtures.recommendation(meeting, reference, "A fixture to archive", "PROPOSED");
        mvc.perform(get("/meetings/{id}", meeting).with(organiser())).andExpect(content().string(containsString(reference)));

        mvc.perform(post("/recommendations/{id}/archive", id).with(organiser()).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/recommendations/" + id));
        assertThat(jdbc.queryForObject("select archived from recommendation where id = ?", Boolean.class, id)).isTrue();
        mvc.perform(get("/recommendations/{id}", id).with(user("researcher").roles("RESEARCHER")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("A fixture to archive"),
                        containsString("This recommendation is archived"))));
        mvc.perform(get("/meetings/{id}", meeting).with(organiser()))
                .andExpect(content().string(not(containsString(reference))));

        mvc.perform(post("/recommendations/{id}/unarchive", id).with(organiser()).with(csrf()))
                .andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select archived from recommendation where id = ?", Boolean.class, id)).isFalse();
    }

    @Test
    void the_organiser_tools_show_to_organisers_only() throws Exception {
        long id = recommendation("ADOPTED");
        mvc.perform(get("/recommendations/{id}", id).with(organiser()))
                .andExpect(content().string(allOf(containsString("/recommendations/" + id + "/edit"),
                        containsString("/recommendations/" + id + "/status"),
                        containsString("/recommendations/" + id + "/follow-ups/new"),
                        containsString("/recommendations/" + id + "/history"),
                        containsString("/recommendations/" + id + "/archive"))));
        mvc.perform(get("/recommendations/{id}", id).with(user("researcher").roles("RESEARCHER")))
                .andExpect(content().string(allOf(not(containsString("/recommendations/" + id + "/edit")),
                        not(containsString("/recommendations/" + id + "/status")),
                        not(containsString("/recommendations/" + id + "/archive")))));
    }

    private long recommendation(String status) {
        return fixtures.recommendation(meeting, RecommendationFixtures.unique("RT-"), "Fixture in status " + status,
                status);
    }

    private ResultActions change(long id, String status, String note) throws Exception {
        return mvc.perform(post("/recommendations/{id}/status", id).with(organiser()).with(csrf())
                .param("status", status).param("note", note)
                .param("version", String.valueOf(fixtures.version(id))));
    }

    private String statusOf(long id) {
        return jdbc.queryForObject("select status from recommendation where id = ?", String.class, id);
    }

    private int steps(long id) {
        return fixtures.count("select count(*) from recommendation_status_change where recommendation_id = ?", id);
    }
}
