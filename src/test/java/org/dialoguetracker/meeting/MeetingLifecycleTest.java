package org.dialoguetracker.meeting;

import java.time.LocalDate;

import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The meeting's status moves only by the actions that cause it: "Mark as held" for organisers, from the first day on;
 * the report's steps through {@link MeetingLifecycle}; the meeting form cannot set it.
 */
@IntegrationTest
class MeetingLifecycleTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeetingLifecycle lifecycle;

    @Autowired
    MeetingService meetings;

    @Test
    void an_organiser_marks_a_planned_meeting_as_held_and_the_audit_trail_records_it() throws Exception {
        long meeting = meeting("Lifecycle test: held", LocalDate.now().minusDays(1), "PLANNED");
        mvc.perform(get("/meetings/" + meeting).with(organiser()))
                .andExpect(content().string(containsString("/meetings/" + meeting + "/held")));
        mvc.perform(post("/meetings/" + meeting + "/held").with(organiser()).with(csrf()))
                .andExpect(redirectedUrl("/meetings/" + meeting))
                .andExpect(flash().attribute("message", "meeting.held.done"));
        assertThat(statusOf(meeting)).isEqualTo("HELD");
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event
                 where kind = 'MEETING_STATUS' and username = 'organiser' and summary = ?""", Integer.class,
                "meeting " + meeting + ": PLANNED → HELD")).isEqualTo(1);
        mvc.perform(get("/meetings/" + meeting).with(organiser()))
                .andExpect(content().string(not(containsString("/meetings/" + meeting + "/held"))));
    }

    @Test
    void a_meeting_that_has_not_begun_is_not_marked_as_held() throws Exception {
        long meeting = meeting("Lifecycle test: tomorrow", LocalDate.now().plusDays(1), "PLANNED");
        mvc.perform(post("/meetings/" + meeting + "/held").with(organiser()).with(csrf()))
                .andExpect(redirectedUrl("/meetings/" + meeting))
                .andExpect(flash().attribute("problem", "meeting.held.tooEarly"));
        assertThat(statusOf(meeting)).isEqualTo("PLANNED");
        mvc.perform(get("/meetings/" + meeting).with(organiser()))
                .andExpect(content().string(containsString("/meetings/" + meeting + "/held")));
    }

    @Test
    void researchers_may_not_mark_a_meeting_as_held_nor_see_the_button() throws Exception {
        long meeting = meeting("Lifecycle test: researcher", LocalDate.now().minusDays(3), "PLANNED");
        mvc.perform(post("/meetings/" + meeting + "/held").with(researcher()).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(statusOf(meeting)).isEqualTo("PLANNED");
        mvc.perform(get("/meetings/" + meeting).with(researcher()))
                .andExpect(content().string(not(containsString("/held"))));
    }

    @Test
    void marking_a_meeting_held_twice_gets_the_conflict_page_saying_why() throws Exception {
        long meeting = meeting("Lifecycle test: twice", LocalDate.now().minusDays(3), "HELD");
        mvc.perform(post("/meetings/" + meeting + "/held").with(organiser()).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("at this stage it cannot be marked as held")))
                .andExpect(content().string(containsString("href=\"/meetings/" + meeting + "\"")));
        mvc.perform(post("/meetings/987654321/held").with(organiser()).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    @WithMockUser(username = "organiser", roles = "ORGANISER")
    void the_report_steps_follow_the_table_and_never_move_a_meeting_back() {
        long meeting = meeting("Lifecycle test: report", LocalDate.now().minusDays(10), "PLANNED");
        assertThatThrownBy(() -> lifecycle.reportDrafted(meeting)).isInstanceOf(MeetingStatusRefused.class);
        assertThatThrownBy(() -> lifecycle.reportPublished(meeting)).isInstanceOf(MeetingStatusRefused.class);
        assertThat(statusOf(meeting)).isEqualTo("PLANNED");

        assertThat(lifecycle.markHeld(meeting)).isTrue();
        assertThatThrownBy(() -> lifecycle.reportPublished(meeting)).isInstanceOf(MeetingStatusRefused.class)
                .hasMessageContaining("HELD");
        lifecycle.reportDrafted(meeting);
        assertThat(statusOf(meeting)).isEqualTo("REPORT_DRAFTED");
        lifecycle.reportDrafted(meeting);
        assertThat(statusOf(meeting)).isEqualTo("REPORT_DRAFTED");
        lifecycle.reportPublished(meeting);
        assertThat(statusOf(meeting)).isEqualTo("REPORT_PUBLISHED");
        // a correction: drafted and published again, the meeting stays published
        lifecycle.reportDrafted(meeting);
        assertThat(statusOf(meeting)).isEqualTo("REPORT_PUBLISHED");
        lifecycle.reportPublished(meeting);
        assertThat(statusOf(meeting)).isEqualTo("REPORT_PUBLISHED");
        assertThatThrownBy(() -> lifecycle.markHeld(meeting)).isInstanceOf(MeetingStatusRefused.class);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where kind = 'MEETING_STATUS' and summary like ?",
                Integer.class, "meeting " + meeting + ": %")).as("one entry per change, none for a repeat").isEqualTo(3);
    }

    @Test
    void the_meeting_form_has_no_status_and_a_status_sent_with_it_changes_nothing() throws Exception {
        long meeting = meeting("Lifecycle test: form", LocalDate.of(2021, 5, 1), "HELD");
        String form = mvc.perform(get("/meetings/" + meeting + "/edit").with(organiser()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).doesNotContain("name=\"status\"").contains("name=\"institutionsListedWithConsent\"");
        mvc.perform(post("/meetings/" + meeting + "/edit").with(organiser()).with(csrf())
                        .param("dialogueId", jdbc.queryForObject("select min(id) from dialogue", String.class))
                        .param("titleEn", "Lifecycle test: form").param("startDate", "2021-05-01")
                        .param("endDate", "2021-05-01").param("format", "IN_PERSON").param("trackLevel", "TRACK_2")
                        .param("attributionRule", "SIDE").param("status", "REPORT_PUBLISHED")
                        .param("institutionsListedWithConsent", "true").param("version", "0"))
                .andExpect(redirectedUrl("/meetings/" + meeting));
        assertThat(statusOf(meeting)).isEqualTo("HELD");
        assertThat(jdbc.queryForObject("select institutions_consented from meeting where id = ?", Boolean.class,
                meeting)).isTrue();
    }

    @Test
    void the_leads_of_a_meetings_dialogue_are_those_the_dialogue_names() {
        long london = jdbc.queryForObject("select id from meeting where city_en = 'London'", Long.class);
        DialogueLeads leads = meetings.leads(london);
        assertThat(leads.dialogueId()).isEqualTo(
                jdbc.queryForObject("select dialogue_id from meeting where id = ?", Long.class, london));
        assertThat(leads.uk().username()).isEqualTo("organiser");
        assertThat(leads.russia().username()).isEqualTo("organiser-ru");
        assertThat(leads.russia().displayName()).isEqualTo("Демо Организатор");
        assertThat(leads.complete()).isTrue();
        long other = meeting("Lifecycle test: no leads", LocalDate.of(2020, 1, 1), "PLANNED",
                jdbc.queryForObject("insert into dialogue (name_en, track_level) values ('Lifecycle test dialogue', "
                        + "'TRACK_2') returning id", Long.class));
        assertThat(meetings.leads(other).uk()).isNull();
        assertThat(meetings.leads(other).complete()).isFalse();
        assertThatThrownBy(() -> meetings.leads(987654321L))
                .isInstanceOf(org.dialoguetracker.shared.NotFoundException.class);
    }

    private long meeting(String title, LocalDate start, String status) {
        return meeting(title, start, status, jdbc.queryForObject("select min(id) from dialogue", Long.class));
    }

    private long meeting(String title, LocalDate start, String status, long dialogue) {
        return jdbc.queryForObject("""
                insert into meeting (dialogue_id, title_en, start_date, end_date, format, track_level, attribution_rule,
                                     status)
                values (?, ?, ?, ?, 'IN_PERSON', 'TRACK_2', 'SIDE', ?) returning id""", Long.class, dialogue, title,
                start, start.plusDays(1), status);
    }

    private String statusOf(long meeting) {
        return jdbc.queryForObject("select status from meeting where id = ?", String.class, meeting);
    }

    private static RequestPostProcessor organiser() {
        return user("organiser").roles("ORGANISER");
    }

    private static RequestPostProcessor researcher() {
        return user("researcher").roles("RESEARCHER");
    }
}
