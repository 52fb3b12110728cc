package org.dialoguetracker.participant;

import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dialoguetracker.participant.PeopleFixtures.fieldErrors;
import static org.dialoguetracker.participant.PeopleFixtures.page;
import static org.dialoguetracker.participant.PeopleFixtures.unique;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The attendance tool of a meeting: invite, change status and role, remove, create and invite. */
@IntegrationTest
class AttendanceToolTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    PeopleFixtures fixtures;

    long meeting;

    @BeforeEach
    void setUp() {
        fixtures = new PeopleFixtures(jdbc);
        meeting = fixtures.meeting();
    }

    @Test
    void the_page_lists_the_invitations_with_names_in_both_scripts() throws Exception {
        long london = jdbc.queryForObject("select id from meeting where city_en = 'London'", Long.class);
        String page = page(mvc.perform(get("/meetings/{id}/attendance", london).with(organiser()))
                .andExpect(status().isOk()).andReturn());
        assertThat(page).contains("Hannah Lockwood", "Ханна Локвуд", "RUSI", "Rapporteur", "Attended",
                "UK–Russia Security Dialogue: London meeting", " invitations");
    }

    @Test
    void the_quick_search_offers_only_participants_not_yet_invited_and_not_archived() throws Exception {
        String invited = unique("Quentin Quicksearch");
        String free = unique("Quincy Quicksearch");
        String archived = unique("Quilla Quicksearch");
        fixtures.invite(meeting, fixtures.participant(invited), "INVITED");
        long freeId = fixtures.participant(free, "Куинси Поисковый");
        jdbc.update("update participant set archived = true where id = ?", fixtures.participant(archived));

        String page = search("quicksearch");
        assertThat(candidates(page)).contains(free).doesNotContain(invited, archived);
        assertThat(page).contains("name=\"participantId\" value=\"" + freeId + "\"");
        assertThat(candidates(search("ПОИСКОВЫЙ"))).contains(free);
        assertThat(search("no such person at all")).contains("Nobody on file matches \"no such person at all\"");
    }

    @Test
    void inviting_someone_twice_says_so_and_keeps_one_invitation() throws Exception {
        String name = unique("Ivy Invited");
        long participant = fixtures.participant(name);

        mvc.perform(invite(participant, "CONFIRMED", "SPEAKER").param("q", "Ivy"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/meetings/" + meeting + "/attendance?q=Ivy"));
        assertThat(jdbc.queryForMap("select status, role from attendance where meeting_id = ? and participant_id = ?",
                meeting, participant)).containsEntry("status", "CONFIRMED").containsEntry("role", "SPEAKER");

        MvcResult twice = mvc.perform(invite(participant, "INVITED", "CHAIR")).andExpect(status().isFound()).andReturn();
        assertThat(follow(twice)).contains(name + " is already invited to this meeting; nothing was changed.");
        assertThat(invitations(participant)).isOne();
        assertThat(jdbc.queryForObject("select role from attendance where meeting_id = ? and participant_id = ?",
                String.class, meeting, participant)).isEqualTo("SPEAKER");
    }

    @Test
    void an_unknown_or_archived_participant_cannot_be_invited() throws Exception {
        long archived = fixtures.participant(unique("Archived Invitee"));
        jdbc.update("update participant set archived = true where id = ?", archived);
        for (long participant : new long[] { archived, 999999 }) {
            MvcResult refused = mvc.perform(invite(participant, "INVITED", "PARTICIPANT"))
                    .andExpect(status().isFound()).andReturn();
            assertThat(follow(refused)).contains("Choose a participant from the search results; nothing was changed.");
        }
        assertThat(fixtures.count("select count(*) from attendance where meeting_id = ?", meeting)).isZero();
    }

    @Test
    void a_change_of_status_and_role_is_kept_and_a_stale_one_refused() throws Exception {
        long invitation = fixtures.invite(meeting, fixtures.participant(unique("Changing Person")), "INVITED");
        mvc.perform(change(invitation, "ATTENDED", "RAPPORTEUR", 0)).andExpect(status().isFound())
                .andExpect(redirectedUrl("/meetings/" + meeting + "/attendance"));
        assertThat(jdbc.queryForMap("select status, role, version from attendance where id = ?", invitation))
                .containsEntry("status", "ATTENDED").containsEntry("role", "RAPPORTEUR").containsEntry("version", 1L);

        MvcResult stale = mvc.perform(change(invitation, "DECLINED", "CHAIR", 0)).andExpect(status().isFound()).andReturn();
        assertThat(follow(stale)).contains("Someone changed this invitation while you were looking at it; nothing was saved.");
        assertThat(jdbc.queryForObject("select status from attendance where id = ?", String.class, invitation))
                .isEqualTo("ATTENDED");
    }

    @Test
    void an_attended_invitation_is_never_removed_and_others_are() throws Exception {
        long attended = fixtures.invite(meeting, fixtures.participant(unique("Was There")), "ATTENDED");
        MvcResult refused = mvc.perform(remove(attended)).andExpect(status().isFound()).andReturn();
        assertThat(follow(refused)).contains("This participant attended the meeting: who attended is kept, "
                + "so the invitation was not removed.");
        assertThat(fixtures.count("select count(*) from attendance where id = ?", attended)).isOne();

        long declined = fixtures.invite(meeting, fixtures.participant(unique("Was Not There")), "DECLINED");
        mvc.perform(remove(declined)).andExpect(status().isFound());
        assertThat(fixtures.count("select count(*) from attendance where id = ?", declined)).isZero();
    }

    @Test
    void someone_new_is_created_and_invited_in_one_step() throws Exception {
        String name = unique("Nina Newcomer");
        mvc.perform(createAndInvite(name).param("participant.nameCyrillic", "Нина Новенькая")
                        .param("participant.email", "nina@example.ru").param("status", "CONFIRMED").param("role", "SPEAKER"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/meetings/" + meeting + "/attendance"));
        long participant = jdbc.queryForObject("select id from participant where name_latin = ?", Long.class, name);
        assertThat(jdbc.queryForMap("select status, role from attendance where meeting_id = ? and participant_id = ?",
                meeting, participant)).containsEntry("status", "CONFIRMED").containsEntry("role", "SPEAKER");
    }

    @Test
    void a_refused_new_participant_is_explained_next_to_the_fields_and_nothing_is_saved() throws Exception {
        String marker = unique("refused newcomer");
        String page = page(mvc.perform(createAndInvite("").param("participant.nameCyrillic", "Smith")
                        .param("participant.positionEn", marker)
                        .param("participant.email", "nina(at)example.ru").param("status", "INVITED").param("role", "CHAIR"))
                .andExpect(status().isOk()).andReturn());
        assertThat(fieldErrors(page, "participant-nameLatin")).isEqualTo("Enter the name in Latin script.");
        assertThat(fieldErrors(page, "participant-nameCyrillic"))
                .isEqualTo("Write this name in Cyrillic letters, or leave it empty.");
        assertThat(fieldErrors(page, "participant-email")).isEqualTo("Enter an e-mail address such as name@example.org.");
        assertThat(page).contains("value=\"nina(at)example.ru\"", "Attendance");
        assertThat(fixtures.count("select count(*) from participant where position_en = ?", marker)).isZero();
        assertThat(fixtures.count("select count(*) from attendance where meeting_id = ?", meeting)).isZero();
    }

    @Test
    void an_unknown_meeting_or_invitation_is_not_found() throws Exception {
        mvc.perform(get("/meetings/999999/attendance").with(organiser())).andExpect(status().isNotFound());
        mvc.perform(post("/meetings/999999/attendance").with(csrf()).with(organiser())
                .param("participantId", "1")).andExpect(status().isNotFound());
        long elsewhere = fixtures.invite(fixtures.meeting(), fixtures.participant(unique("Elsewhere")), "INVITED");
        mvc.perform(change(elsewhere, "ATTENDED", "CHAIR", 0)).andExpect(status().isNotFound());
        mvc.perform(remove(elsewhere)).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select status from attendance where id = ?", String.class, elsewhere))
                .isEqualTo("INVITED");
    }

    @Test
    void researchers_still_learn_no_names_from_the_meeting_page() throws Exception {
        String name = unique("Private Person");
        fixtures.invite(meeting, fixtures.participant(name), "ATTENDED");
        String researcher = page(mvc.perform(get("/meetings/{id}", meeting).with(user("researcher").roles("RESEARCHER")))
                .andExpect(status().isOk()).andReturn());
        assertThat(researcher).doesNotContain(name).contains("1 participant attended");
        String organiser = page(mvc.perform(get("/meetings/{id}", meeting).with(organiser())).andReturn());
        assertThat(organiser).contains(name);
    }

    private String search(String q) throws Exception {
        return page(mvc.perform(get("/meetings/{id}/attendance", meeting).param("q", q).with(organiser()))
                .andExpect(status().isOk()).andReturn());
    }

    /** The search results only, without the list of invitations above them. */
    private static String candidates(String page) {
        int start = page.indexOf("id=\"invite\"");
        return page.substring(start, page.indexOf("id=\"new-attendee\"", start));
    }

    private long invitations(long participant) {
        return fixtures.count("select count(*) from attendance where meeting_id = ? and participant_id = ?",
                meeting, participant);
    }

    /**
     * The page a redirect leads to, with the flash messages it carries: as a browser would, in the same session
     * (which lives in PostgreSQL, found by its cookie).
     */
    private String follow(MvcResult redirect) throws Exception {
        return page(mvc.perform(get(redirect.getResponse().getRedirectedUrl()).with(organiser())
                .cookie(redirect.getResponse().getCookie("SESSION"))).andExpect(status().isOk()).andReturn());
    }

    private MockHttpServletRequestBuilder invite(long participant, String status, String role) {
        return post("/meetings/{id}/attendance", meeting).with(csrf()).with(organiser())
                .param("participantId", String.valueOf(participant)).param("status", status).param("role", role);
    }

    private MockHttpServletRequestBuilder change(long invitation, String status, String role, long version) {
        return post("/meetings/{id}/attendance/{a}", meeting, invitation).with(csrf()).with(organiser())
                .param("status", status).param("role", role).param("version", String.valueOf(version));
    }

    private MockHttpServletRequestBuilder remove(long invitation) {
        return post("/meetings/{id}/attendance/{a}/delete", meeting, invitation).with(csrf()).with(organiser());
    }

    private MockHttpServletRequestBuilder createAndInvite(String nameLatin) {
        return post("/meetings/{id}/attendance/participants", meeting).with(csrf()).with(organiser())
                .param("participant.nameLatin", nameLatin).param("participant.side", "RUSSIA")
                .param("participant.capacity", "EXPERT");
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor organiser() {
        return user("organiser").roles("ORGANISER");
    }
}
