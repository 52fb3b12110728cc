package org.dialoguetracker.recommendation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Status changes as they happened (issue 16): a change takes effect on a day that may be earlier than today, but not
 * in the future nor before the recommendation's meeting; the timeline follows that day and shows when it was
 * recorded where the two differ; the note may be in Russian; a stalled recommendation resumes where it was.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackdatedStatusChangeTest {

    static final LocalDate MEETING = LocalDate.of(2003, 5, 12);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    RecommendationFixtures fixtures;

    long meeting;

    @BeforeAll
    void meeting() {
        fixtures = new RecommendationFixtures(jdbc);
        meeting = fixtures.meeting(fixtures.dialogue(), "Fixture round on backdating", MEETING);
    }

    @AfterEach
    void archive() {
        fixtures.archiveAll();
    }

    @Test
    void a_change_dated_in_the_future_is_refused_with_a_clear_message_and_nothing_is_saved() throws Exception {
        long id = proposedAtTheMeeting();
        LocalDate tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1);
        change(id, "UNDER_CONSIDERATION", tomorrow.toString())
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("A change cannot take effect in the future"),
                        containsString("is-invalid"))));
        assertThat(statusOf(id)).isEqualTo("PROPOSED");
        assertThat(steps(id)).isEqualTo(1);
    }

    @Test
    void a_change_dated_before_the_meeting_is_refused_with_a_clear_message_and_nothing_is_saved() throws Exception {
        long id = proposedAtTheMeeting();
        change(id, "UNDER_CONSIDERATION", MEETING.minusDays(1).toString())
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "The recommendation was made at a meeting that began on May 12, 2003")));
        assertThat(statusOf(id)).isEqualTo("PROPOSED");
        assertThat(steps(id)).isEqualTo(1);

        // the meeting's first day itself is allowed
        change(id, "UNDER_CONSIDERATION", MEETING.toString()).andExpect(status().isFound());
        assertThat(statusOf(id)).isEqualTo("UNDER_CONSIDERATION");
    }

    @Test
    void a_backdated_change_keeps_the_day_it_was_recorded_and_the_timeline_shows_both() throws Exception {
        long id = proposedAtTheMeeting();
        LocalDate effective = MEETING.plusMonths(2);
        change(id, "UNDER_CONSIDERATION", effective.toString()).andExpect(status().isFound());
        Map<String, Object> row = jdbc.queryForMap("""
                select effective_on, (changed_at at time zone 'UTC')::date as recorded
                  from recommendation_status_change where recommendation_id = ? and to_status = 'UNDER_CONSIDERATION'
                """, id);
        assertThat(row.get("effective_on").toString()).isEqualTo(effective.toString());
        assertThat(row.get("recorded").toString()).isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());

        mvc.perform(get("/recommendations/{id}", id).with(user("researcher").roles("RESEARCHER")))
                .andExpect(content().string(allOf(containsString("12 July 2003"),
                        containsString("(recorded on " + day(LocalDate.now(ZoneOffset.UTC)) + ")"))));
        // the API gives both days
        mvc.perform(get("/api/recommendations/{id}", id).with(user("researcher").roles("RESEARCHER")))
                .andExpect(content().string(allOf(containsString("\"effectiveOn\":\"2003-07-12\""),
                        containsString("\"changedAt\""))));
    }

    @Test
    void the_timeline_is_ordered_by_the_day_each_change_took_effect_not_by_when_it_was_recorded() throws Exception {
        long id = proposedAtTheMeeting();
        // recorded first, but took effect later
        insert(id, "PROPOSED", "UNDER_CONSIDERATION", MEETING.plusYears(1), MEETING.plusYears(1),
                "Taken up by the ministry.");
        insert(id, "UNDER_CONSIDERATION", "ADOPTED", MEETING.plusYears(2), MEETING.plusDays(400), "Adopted.");
        // recorded before the one above, effective after it: the old order put it first
        jdbc.update("update recommendation_status_change set changed_at = changed_at - interval '3 years'"
                + " where recommendation_id = ? and to_status = 'ADOPTED'", id);
        jdbc.update("update recommendation set status = 'ADOPTED' where id = ?", id);

        String page = mvc.perform(get("/recommendations/{id}", id).with(user("researcher").roles("RESEARCHER")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page.indexOf("Taken up by the ministry.")).isPositive()
                .isLessThan(page.indexOf("Adopted."));

        String json = mvc.perform(get("/api/recommendations/{id}", id).with(user("researcher").roles("RESEARCHER")))
                .andReturn().getResponse().getContentAsString();
        assertThat(json.indexOf("Taken up by the ministry.")).isPositive().isLessThan(json.indexOf("\"Adopted.\""));

        // and a new change cannot go back before the latest one, so that each step follows from the one before
        change(id, "IN_PROGRESS", MEETING.plusYears(2).minusDays(1).toString())
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The latest change in the timeline took effect on")));
        assertThat(statusOf(id)).isEqualTo("ADOPTED");
    }

    @Test
    void a_note_written_only_in_russian_shows_in_the_english_timeline_with_the_fallback_marker() throws Exception {
        long id = proposedAtTheMeeting();
        mvc.perform(post("/recommendations/{id}/status", id).with(organiser()).with(csrf())
                        .param("status", "UNDER_CONSIDERATION").param("note", "").param("noteRu", "Принята к рассмотрению.")
                        .param("effectiveOn", MEETING.plusDays(3).toString())
                        .param("version", String.valueOf(fixtures.version(id))))
                .andExpect(status().isFound());
        assertThat(jdbc.queryForMap("select note, note_ru from recommendation_status_change where recommendation_id = ?"
                + " and to_status = 'UNDER_CONSIDERATION'", id))
                .containsEntry("note", null).containsEntry("note_ru", "Принята к рассмотрению.");
        mvc.perform(get("/recommendations/{id}", id).with(user("researcher").roles("RESEARCHER")))
                .andExpect(content().string(allOf(containsString("lang=\"ru\">Принята к рассмотрению.</span>"),
                        containsString("lang-fallback"))));
    }

    @Test
    void a_stalled_recommendation_resumes_at_the_status_it_held_before_the_stall() throws Exception {
        long id = proposedAtTheMeeting();
        insert(id, "PROPOSED", "UNDER_CONSIDERATION", MEETING.plusDays(10), MEETING.plusDays(10), "Considered.");
        insert(id, "UNDER_CONSIDERATION", "ADOPTED", MEETING.plusDays(20), MEETING.plusDays(20), "Adopted.");
        insert(id, "ADOPTED", "STALLED", MEETING.plusDays(30), MEETING.plusDays(30), "Stalled.");
        jdbc.update("update recommendation set status = 'STALLED' where id = ?", id);

        mvc.perform(get("/recommendations/{id}/status", id).with(organiser()))
                .andExpect(content().string(allOf(containsString("value=\"ADOPTED\""),
                        not(containsString("value=\"UNDER_CONSIDERATION\"")))));
        change(id, "UNDER_CONSIDERATION", MEETING.plusDays(40).toString())
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("cannot move to “Under consideration”")));
        assertThat(statusOf(id)).isEqualTo("STALLED");
        change(id, "ADOPTED", MEETING.plusDays(40).toString()).andExpect(status().isFound());
        assertThat(statusOf(id)).isEqualTo("ADOPTED");
    }

    /** A recommendation whose first status took effect on the meeting's first day, recorded then. */
    private long proposedAtTheMeeting() {
        long id = fixtures.recommendation(meeting, RecommendationFixtures.unique("BD-"), "Fixture to backdate",
                "PROPOSED");
        jdbc.update("update recommendation_status_change set effective_on = ?, changed_at = ? where recommendation_id = ?",
                MEETING, OffsetDateTime.of(MEETING.atTime(18, 0), ZoneOffset.UTC), id);
        return id;
    }

    private void insert(long id, String from, String to, LocalDate effective, LocalDate recorded, String note) {
        jdbc.update("""
                insert into recommendation_status_change
                       (recommendation_id, from_status, to_status, changed_at, effective_on, note)
                values (?, ?, ?, ?, ?, ?)""", id, from, to, OffsetDateTime.of(recorded.atTime(12, 0), ZoneOffset.UTC),
                effective, note);
    }

    private ResultActions change(long id, String status, String effectiveOn) throws Exception {
        return mvc.perform(post("/recommendations/{id}/status", id).with(organiser()).with(csrf())
                .param("status", status).param("note", "Fixture note.").param("effectiveOn", effectiveOn)
                .param("version", String.valueOf(fixtures.version(id))));
    }

    private String statusOf(long id) {
        return jdbc.queryForObject("select status from recommendation where id = ?", String.class, id);
    }

    private int steps(long id) {
        return fixtures.count("select count(*) from recommendation_status_change where recommendation_id = ?", id);
    }

    private static String day(LocalDate date) {
        return date.getDayOfMonth() + " " + date.getMonth().getDisplayName(java.time.format.TextStyle.FULL,
                java.util.Locale.ENGLISH) + " " + date.getYear();
    }
}
