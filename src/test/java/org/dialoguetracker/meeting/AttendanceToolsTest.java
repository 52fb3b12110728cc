package org.dialoguetracker.meeting;

import java.time.LocalDate;
import java.util.List;

import org.dialoguetracker.recommendation.RecommendationFixtures;
import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The attendance tool's steps for many people (issue 16): each preview names exactly the people affected and those
 * skipped; the POST does it for them and only them, all or nothing, and refuses when the list changed meanwhile.
 */
@IntegrationTest
class AttendanceToolsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MessageSource messages;

    long first;

    long previous;

    long current;

    long cameBefore;

    long cameAndInvited;

    long onlyInvitedBefore;

    long archived;

    long confirmed;

    long invitedOnly;

    @BeforeEach
    void twoRounds() {
        RecommendationFixtures fixtures = new RecommendationFixtures(jdbc);
        long dialogue = fixtures.dialogue();
        first = fixtures.meeting(dialogue, "Tools round one", LocalDate.of(2001, 3, 1));
        previous = fixtures.meeting(dialogue, "Tools round two", LocalDate.of(2002, 3, 1));
        current = fixtures.meeting(dialogue, "Tools round three", LocalDate.of(2003, 3, 1));
        // a round of another dialogue in between is not the previous round
        fixtures.meeting(fixtures.dialogue(), "Another dialogue's round", LocalDate.of(2002, 9, 1));
        cameBefore = person("Came Before");
        cameAndInvited = person("Came And Invited");
        onlyInvitedBefore = person("Only Invited Before");
        archived = person("Archived Since");
        confirmed = person("Confirmed Now");
        invitedOnly = person("Invited Now");
        jdbc.update("update participant set archived = true where id = ?", archived);
        attend(previous, cameBefore, "ATTENDED", "SPEAKER");
        attend(previous, cameAndInvited, "ATTENDED", "PARTICIPANT");
        attend(previous, onlyInvitedBefore, "INVITED", "PARTICIPANT");
        attend(previous, archived, "ATTENDED", "PARTICIPANT");
        attend(first, invitedOnly, "ATTENDED", "PARTICIPANT");
        attend(current, cameAndInvited, "INVITED", "CHAIR");
        attend(current, confirmed, "CONFIRMED", "RAPPORTEUR");
        attend(current, invitedOnly, "INVITED", "PARTICIPANT");
    }

    @Test
    void the_invite_preview_lists_exactly_those_who_attended_the_previous_round_and_are_not_invited() throws Exception {
        String page = organiserGet("/meetings/" + current + "/attendance/invite-previous");
        assertThat(listed(page, "affected")).containsExactly(cameBefore);
        assertThat(listed(page, "skipped")).containsExactly(cameAndInvited);
        assertThat(page).contains("Tools round two").contains("1 participant to invite")
                .contains("1 participant skipped: invited already").doesNotContain("Only Invited Before")
                .doesNotContain("Archived Since");
    }

    @Test
    void inviting_invites_them_and_only_them_and_says_how_many_were_skipped() throws Exception {
        int before = count(current);
        MvcResult result = mvc.perform(post("/meetings/{id}/attendance/invite-previous", current).with(organiser())
                        .with(csrf()).param("participant", String.valueOf(cameBefore)))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/meetings/" + current + "/attendance"))
                .andExpect(flash().attribute("message", "attendance.tools.invited")).andReturn();
        assertThat(count(current)).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select status || ' ' || role from attendance where meeting_id = ? and participant_id = ?",
                String.class, current, cameBefore)).isEqualTo("INVITED PARTICIPANT");
        // the one invited already keeps their invitation as it was
        assertThat(jdbc.queryForObject("select role from attendance where meeting_id = ? and participant_id = ?",
                String.class, current, cameAndInvited)).isEqualTo("CHAIR");
        // the page the organiser is sent back to says so, in the counted words (the layout renders the message with
        // these arguments; the browser look at it is in the report)
        Object[] args = (Object[]) result.getFlashMap().get("messageArgs");
        assertThat(args).containsExactly(1, 1);
        assertThat(messages.getMessage("attendance.tools.invited", args, java.util.Locale.ENGLISH))
                .isEqualTo("1 participant of the previous round was invited. 1 participant invited already was skipped.");
    }

    @Test
    void a_list_that_changed_since_the_preview_invites_nobody() throws Exception {
        int before = count(current);
        mvc.perform(post("/meetings/{id}/attendance/invite-previous", current).with(organiser()).with(csrf())
                        .param("participant", String.valueOf(cameBefore), String.valueOf(onlyInvitedBefore)))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/meetings/" + current + "/attendance/invite-previous"));
        mvc.perform(post("/meetings/{id}/attendance/invite-previous", current).with(organiser()).with(csrf()))
                .andExpect(redirectedUrl("/meetings/" + current + "/attendance/invite-previous"));
        assertThat(count(current)).isEqualTo(before);
    }

    @Test
    void marking_marks_the_confirmed_only_and_keeps_their_role() throws Exception {
        String page = organiserGet("/meetings/" + current + "/attendance/mark-attended");
        assertThat(listed(page, "affected")).containsExactly(confirmed);
        mvc.perform(post("/meetings/{id}/attendance/mark-attended", current).with(organiser()).with(csrf())
                        .param("attendance", String.valueOf(attendanceId(current, confirmed))))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("message", "attendance.tools.marked"));
        assertThat(jdbc.queryForList("select participant_id from attendance where meeting_id = ? and status = 'ATTENDED'",
                Long.class, current)).containsExactly(confirmed);
        assertThat(jdbc.queryForObject("select role from attendance where meeting_id = ? and participant_id = ?",
                String.class, current, confirmed)).isEqualTo("RAPPORTEUR");
        assertThat(jdbc.queryForObject("select status from attendance where meeting_id = ? and participant_id = ?",
                String.class, current, invitedOnly)).isEqualTo("INVITED");
    }

    @Test
    void the_first_round_has_no_previous_round_and_unknown_meetings_and_researchers_are_refused() throws Exception {
        assertThat(organiserGet("/meetings/" + first + "/attendance/invite-previous"))
                .contains("This is the first round of its dialogue");
        mvc.perform(get("/meetings/{id}/attendance/invite-previous", Long.MAX_VALUE).with(organiser()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/meetings/{id}/attendance/mark-attended", current).with(user("researcher").roles("RESEARCHER")))
                .andExpect(status().isForbidden());
    }

    private String organiserGet(String url) throws Exception {
        MvcResult result = mvc.perform(get(url).with(organiser())).andExpect(status().isOk()).andReturn();
        return result.getResponse().getContentAsString();
    }

    /** The participants a section of a preview lists, in order. */
    private static List<Long> listed(String page, String section) {
        int start = page.indexOf("class=\"mb-4 " + section + "\"");
        if (start < 0) {
            return List.of();
        }
        int end = page.indexOf("</section>", start);
        return java.util.regex.Pattern.compile("data-participant=\"(\\d+)\"").matcher(page.substring(start, end))
                .results().map(m -> Long.valueOf(m.group(1))).toList();
    }

    private long person(String name) {
        return jdbc.queryForObject("""
                insert into participant (name_latin, side, capacity) values (?, 'UK', 'EXPERT') returning id""",
                Long.class, name + " " + RecommendationFixtures.unique(""));
    }

    private void attend(long meeting, long participant, String status, String role) {
        jdbc.update("insert into attendance (meeting_id, participant_id, status, role) values (?, ?, ?, ?)", meeting,
                participant, status, role);
    }

    private long attendanceId(long meeting, long participant) {
        return jdbc.queryForObject("select id from attendance where meeting_id = ? and participant_id = ?", Long.class,
                meeting, participant);
    }

    private int count(long meeting) {
        return jdbc.queryForObject("select count(*) from attendance where meeting_id = ?", Integer.class, meeting);
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor organiser() {
        return user("organiser").roles("ORGANISER");
    }
}
