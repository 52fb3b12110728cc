package org.dialoguetracker.participant;

import java.util.Map;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * People's names and contacts are for organisers and admins: researchers get the 403 page on every participant
 * and attendance page and on every change, and nothing changes; organisers and admins get the pages.
 */
@IntegrationTest
class PeopleAccessTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    PeopleFixtures fixtures;

    long meeting;

    long participant;

    long institution;

    long invitation;

    @BeforeEach
    void setUp() {
        fixtures = new PeopleFixtures(jdbc);
        meeting = fixtures.meeting();
        participant = fixtures.participant(unique("Guarded Person"));
        institution = fixtures.institution(unique("Guarded Institute"));
        invitation = fixtures.invite(meeting, participant, "INVITED");
    }

    @Test
    void a_researcher_gets_403_on_every_people_page() throws Exception {
        for (String path : organiserPages()) {
            String page = page(mvc.perform(get(path).with(user("researcher").roles("RESEARCHER")))
                    .andExpect(status().isForbidden()).andReturn());
            assertThat(page).as(path).doesNotContain("Guarded Person");
        }
    }

    @Test
    void a_researcher_gets_403_on_every_change_and_nothing_changes() throws Exception {
        Map<String, Object> participantBefore = jdbc.queryForMap("select * from participant where id = ?", participant);
        Map<String, Object> institutionBefore = jdbc.queryForMap("select * from institution where id = ?", institution);
        Map<String, Object> invitationBefore = jdbc.queryForMap("select * from attendance where id = ?", invitation);
        long other = fixtures.participant(unique("Other Person"));
        Map<String, String> params = Map.of("nameLatin", "Researcher Was Here", "nameEn", "Researcher Was Here",
                "side", "UK", "capacity", "EXPERT", "country", "GB", "kind", "NGO", "status", "ATTENDED",
                "role", "CHAIR", "version", "0", "participantId", String.valueOf(other));
        for (String path : new String[] { "/participants", "/participants/" + participant + "/edit",
                "/participants/" + participant + "/delete", "/participants/" + participant + "/archive",
                "/participants/" + participant + "/unarchive", "/institutions", "/institutions/" + institution + "/edit",
                "/meetings/" + meeting + "/attendance", "/meetings/" + meeting + "/attendance/" + invitation,
                "/meetings/" + meeting + "/attendance/" + invitation + "/delete",
                "/meetings/" + meeting + "/attendance/participants" }) {
            var request = post(path).with(csrf()).with(user("researcher").roles("RESEARCHER"))
                    .param("participant.nameLatin", "Researcher Was Here").param("participant.side", "UK")
                    .param("participant.capacity", "EXPERT");
            params.forEach(request::param);
            mvc.perform(request).andExpect(status().isForbidden());
        }
        assertThat(jdbc.queryForMap("select * from participant where id = ?", participant)).isEqualTo(participantBefore);
        assertThat(jdbc.queryForMap("select * from institution where id = ?", institution)).isEqualTo(institutionBefore);
        assertThat(jdbc.queryForMap("select * from attendance where id = ?", invitation)).isEqualTo(invitationBefore);
        assertThat(fixtures.count("select count(*) from attendance where meeting_id = ?", meeting)).isOne();
        assertThat(fixtures.count("select count(*) from participant where name_latin = 'Researcher Was Here'")).isZero();
        assertThat(fixtures.count("select count(*) from institution where name_en = 'Researcher Was Here'")).isZero();
    }

    @Test
    void a_researcher_reads_the_institutions() throws Exception {
        mvc.perform(get("/institutions").with(user("researcher").roles("RESEARCHER"))).andExpect(status().isOk());
    }

    @Test
    void organisers_and_admins_get_every_page() throws Exception {
        for (String role : new String[] { "ORGANISER", "ADMIN" }) {
            for (String path : organiserPages()) {
                mvc.perform(get(path).with(user(role.toLowerCase()).roles(role))).andExpect(status().isOk());
            }
        }
    }

    @Test
    void anonymous_visitors_are_sent_to_the_login_page() throws Exception {
        for (String path : new String[] { "/participants", "/institutions", "/meetings/" + meeting + "/attendance" }) {
            mvc.perform(get(path)).andExpect(status().isFound());
        }
    }

    private String[] organiserPages() {
        return new String[] { "/participants", "/participants?q=Guarded&archived=true", "/participants/new",
                "/participants/" + participant, "/participants/" + participant + "/edit",
                "/meetings/" + meeting + "/attendance", "/meetings/" + meeting + "/attendance?q=Guarded",
                "/institutions/new", "/institutions/" + institution + "/edit" };
    }
}
