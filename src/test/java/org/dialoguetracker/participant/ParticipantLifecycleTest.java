package org.dialoguetracker.participant;

import org.dialoguetracker.shared.Option;
import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dialoguetracker.participant.PeopleFixtures.page;
import static org.dialoguetracker.participant.PeopleFixtures.unique;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Finding participants, archiving them, and deleting only those the record of the dialogue does not need. */
@IntegrationTest
class ParticipantLifecycleTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ParticipantService participants;

    PeopleFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new PeopleFixtures(jdbc);
    }

    @Test
    void the_search_matches_either_script_whatever_the_case() throws Exception {
        String latin = unique("Svetlana Searchova");
        fixtures.participant(latin, "Светлана Поисковая");
        assertThat(list("?q=SEARCHOVA")).contains(latin);
        assertThat(list("?q=поисковая")).contains(latin);
        assertThat(list("?q=ПОИСКОВАЯ")).contains(latin);
        assertThat(list("?q=" + latin.substring(latin.length() - 8))).contains(latin);
        assertThat(list("?q=Lockwood")).contains("Hannah Lockwood").doesNotContain(latin);
        assertThat(list("?q=%25")).doesNotContain(latin);
    }

    @Test
    void an_archived_participant_is_hidden_from_the_list_and_the_pickers_until_asked_for() throws Exception {
        String name = unique("Archie Archived");
        long id = fixtures.participant(name);
        mvc.perform(post("/participants/{id}/archive", id).with(csrf()).with(user("organiser").roles("ORGANISER")))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/participants/" + id));
        assertThat(jdbc.queryForObject("select archived from participant where id = ?", Boolean.class, id)).isTrue();

        assertThat(list("?q=Archie")).doesNotContain(name);
        assertThat(list("?q=Archie&archived=true")).contains(name, "archived");
        assertThat(participants.options()).extracting(Option::value).doesNotContain(id);
        long meeting = fixtures.meeting();
        assertThat(page(mvc.perform(get("/meetings/{id}/attendance?q=Archie", meeting)
                .with(user("organiser").roles("ORGANISER"))).andReturn())).doesNotContain(name);

        mvc.perform(post("/participants/{id}/unarchive", id).with(csrf()).with(user("organiser").roles("ORGANISER")))
                .andExpect(status().isFound());
        assertThat(list("?q=Archie")).contains(name);
        assertThat(participants.options()).extracting(Option::value).contains(id);
    }

    @Test
    void someone_who_attended_is_never_deleted_and_the_page_says_why() throws Exception {
        long meeting = fixtures.meeting();
        long id = fixtures.participant(unique("Attending Person"));
        fixtures.invite(meeting, id, "ATTENDED");

        String page = followRefusal(id);
        assertThat(fixtures.count("select count(*) from participant where id = ?", id)).isOne();
        assertThat(fixtures.count("select count(*) from attendance where participant_id = ?", id)).isOne();
        assertThat(page).contains("This participant was not deleted",
                "they attended a meeting, and who attended is kept", "Archive them instead");
    }

    @Test
    void a_speaker_of_a_statement_is_never_deleted() throws Exception {
        long id = fixtures.participant(unique("Outspoken Person"));
        jdbc.update("""
                insert into statement (meeting_id, kind, side, attribution, speaker_id, text_en)
                values (?, 'POSITION', 'UK', 'SIDE', ?, 'A point made by a test participant.')""",
                fixtures.meeting(), id);
        assertThat(followRefusal(id)).contains("they are the speaker of a statement, now or in its history")
                .doesNotContain("they attended a meeting");
        assertThat(fixtures.count("select count(*) from participant where id = ?", id)).isOne();
    }

    @Test
    void someone_never_invited_or_who_declined_is_deleted_with_their_invitations() throws Exception {
        long never = fixtures.participant(unique("Never Invited"));
        mvc.perform(post("/participants/{id}/delete", never).with(csrf()).with(user("organiser").roles("ORGANISER")))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/participants"));
        assertThat(fixtures.count("select count(*) from participant where id = ?", never)).isZero();

        long declined = fixtures.participant(unique("Declined Once"));
        fixtures.invite(fixtures.meeting(), declined, "DECLINED");
        mvc.perform(post("/participants/{id}/delete", declined).with(csrf()).with(user("organiser").roles("ORGANISER")))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/participants"));
        assertThat(fixtures.count("select count(*) from participant where id = ?", declined)).isZero();
        assertThat(fixtures.count("select count(*) from attendance where participant_id = ?", declined)).isZero();
    }

    @Test
    void a_participants_page_lists_the_meetings_they_were_invited_to() throws Exception {
        long id = jdbc.queryForObject("select id from participant where name_latin = 'Thomas Marchbank'", Long.class);
        String page = page(mvc.perform(get("/participants/{id}", id).with(user("organiser").roles("ORGANISER")))
                .andExpect(status().isOk()).andReturn());
        assertThat(page).contains("UK–Russia Security Dialogue: London meeting", "UK–Russia Security Dialogue: Moscow meeting",
                "Attended", "Declined", "Speaker", "t.marchbank@example.org", "Cyber incident response lead");
    }

    private String list(String query) throws Exception {
        return page(mvc.perform(get("/participants" + query).with(user("organiser").roles("ORGANISER")))
                .andExpect(status().isOk()).andReturn());
    }

    /** Asks to delete, follows the redirect with its flash message, and returns the participant's page. */
    private String followRefusal(long id) throws Exception {
        var refused = mvc.perform(post("/participants/{id}/delete", id).with(csrf())
                        .with(user("organiser").roles("ORGANISER")))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/participants/" + id)).andReturn();
        return page(mvc.perform(get("/participants/{id}", id).with(user("organiser").roles("ORGANISER"))
                .cookie(refused.getResponse().getCookie("SESSION"))).andExpect(status().isOk()).andReturn());
    }
}
