package org.dialoguetracker.meeting;

import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dialogue form, where organisers name each side's lead: a lead must be an active organiser or admin of that side,
 * and anything else is refused with a message next to the field, saving nothing.
 */
@IntegrationTest
class DialogueFormTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    long dialogue;

    long ukOrganiser;

    long ruOrganiser;

    long ukResearcher;

    long ukInactive;

    @BeforeEach
    void accounts() {
        dialogue = jdbc.queryForObject("""
                insert into dialogue (name_en, track_level) values ('Dialogue form test', 'TRACK_2') returning id""",
                Long.class);
        ukOrganiser = account("zz.dialogue.uk", "ORGANISER", "UK", true);
        ruOrganiser = account("zz.dialogue.ru", "ADMIN", "RUSSIA", true);
        ukResearcher = account("zz.dialogue.researcher", "RESEARCHER", "UK", true);
        ukInactive = account("zz.dialogue.inactive", "ORGANISER", "UK", false);
    }

    @AfterEach
    void remove() {
        jdbc.update("delete from dialogue where id = ? or name_en like 'Dialogue form test%'", dialogue);
        jdbc.update("delete from app_user where username like 'zz.dialogue.%'");
    }

    @Test
    void an_organiser_names_the_leads_of_both_sides() throws Exception {
        mvc.perform(form(dialogue, ukOrganiser, ruOrganiser)).andExpect(redirectedUrl("/dialogues"));
        assertThat(jdbc.queryForMap("select uk_lead_id, russia_lead_id from dialogue where id = ?", dialogue))
                .containsEntry("uk_lead_id", ukOrganiser).containsEntry("russia_lead_id", ruOrganiser);
        mvc.perform(get("/dialogues").with(organiser()))
                .andExpect(content().string(containsString("Lead zz.dialogue.uk")))
                .andExpect(content().string(containsString("Lead zz.dialogue.ru")));
        // the leads are organisers' business: researchers read the dialogues without them
        mvc.perform(get("/dialogues").with(user("researcher").roles("RESEARCHER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dialogue form test")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Lead zz.dialogue.uk"))));
    }

    @Test
    void a_lead_of_the_wrong_side_a_researcher_or_a_deactivated_account_is_refused_with_a_message() throws Exception {
        refused(form(dialogue, ruOrganiser, null), "ukLeadId", "The UK lead must be an account of the UK side.");
        refused(form(dialogue, null, ukOrganiser), "russiaLeadId",
                "The Russian lead must be an account of the Russian side.");
        refused(form(dialogue, ukResearcher, null), "ukLeadId",
                "A lead must be an organiser or an admin; this account is a researcher");
        refused(form(dialogue, ukInactive, null), "ukLeadId", "This account is deactivated");
        refused(form(dialogue, 987654321L, null), "ukLeadId", null);
        refused(form(dialogue, "", ukOrganiser, ruOrganiser), "nameEn", "Give a name in English or in Russian.");
        assertThat(jdbc.queryForMap("select name_en, uk_lead_id, russia_lead_id from dialogue where id = ?", dialogue))
                .containsEntry("name_en", "Dialogue form test").containsEntry("uk_lead_id", null)
                .containsEntry("russia_lead_id", null);
    }

    @Test
    void the_lead_choices_are_the_active_organisers_and_admins_of_each_side() throws Exception {
        String page = mvc.perform(get("/dialogues/" + dialogue + "/edit").with(organiser()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String uk = page.substring(page.indexOf("id=\"ukLeadId\""), page.indexOf("id=\"russiaLeadId\""));
        assertThat(uk).contains("value=\"" + ukOrganiser + "\"").doesNotContain("value=\"" + ruOrganiser + "\"")
                .doesNotContain("value=\"" + ukResearcher + "\"").doesNotContain("value=\"" + ukInactive + "\"");
    }

    @Test
    void a_lead_deactivated_since_is_shown_on_the_form_and_refused_until_replaced() throws Exception {
        jdbc.update("update dialogue set uk_lead_id = ? where id = ?", ukInactive, dialogue);
        String page = mvc.perform(get("/dialogues/" + dialogue + "/edit").with(organiser()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).containsPattern("value=\"" + ukInactive + "\"\\s+selected");
        refused(form(dialogue, ukInactive, null), "ukLeadId", "This account is deactivated");
        mvc.perform(form(dialogue, ukOrganiser, null)).andExpect(redirectedUrl("/dialogues"));
    }

    @Test
    void a_new_dialogue_is_created_with_its_organising_institutions() throws Exception {
        long rusi = jdbc.queryForObject("select id from institution where short_name_en = 'RUSI'", Long.class);
        mvc.perform(post("/dialogues").with(organiser()).with(csrf()).param("nameEn", "Dialogue form test: new")
                        .param("trackLevel", "TRACK_1_5").param("organiserIds", String.valueOf(rusi))
                        .param("ukLeadId", String.valueOf(ukOrganiser)))
                .andExpect(redirectedUrl("/dialogues"));
        assertThat(jdbc.queryForMap("""
                select d.track_level, d.uk_lead_id, o.institution_id from dialogue d
                  join dialogue_organiser o on o.dialogue_id = d.id where d.name_en = 'Dialogue form test: new'"""))
                .containsEntry("track_level", "TRACK_1_5").containsEntry("uk_lead_id", ukOrganiser)
                .containsEntry("institution_id", rusi);
    }

    @Test
    void a_stale_edit_gets_the_conflict_notice_and_researchers_get_403_and_unknown_ids_404() throws Exception {
        mvc.perform(form(dialogue, ukOrganiser, null)).andExpect(redirectedUrl("/dialogues"));
        mvc.perform(form(dialogue, null, ruOrganiser)).andExpect(status().isConflict())
                .andExpect(content().string(containsString("conflict")));
        assertThat(jdbc.queryForObject("select uk_lead_id from dialogue where id = ?", Long.class, dialogue))
                .isEqualTo(ukOrganiser);
        mvc.perform(get("/dialogues/" + dialogue + "/edit").with(user("researcher").roles("RESEARCHER")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/dialogues/" + dialogue + "/edit").with(user("researcher").roles("RESEARCHER")).with(csrf())
                .param("nameEn", "x").param("trackLevel", "TRACK_2")).andExpect(status().isForbidden());
        mvc.perform(get("/dialogues/987654321/edit").with(organiser())).andExpect(status().isNotFound());
        mvc.perform(post("/dialogues/987654321/edit").with(organiser()).with(csrf()).param("nameEn", "x")
                .param("trackLevel", "TRACK_2").param("version", "0")).andExpect(status().isNotFound());
    }

    @Test
    void the_meeting_page_links_its_dialogue_to_the_form_for_organisers() throws Exception {
        long london = jdbc.queryForObject("select id from meeting where city_en = 'London'", Long.class);
        long demoDialogue = jdbc.queryForObject("select dialogue_id from meeting where id = ?", Long.class, london);
        mvc.perform(get("/meetings/" + london).with(organiser()))
                .andExpect(content().string(containsString("href=\"/dialogues/" + demoDialogue + "/edit\"")));
        mvc.perform(get("/meetings/" + london).with(user("researcher").roles("RESEARCHER")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("/dialogues/"))));
    }

    private void refused(MockHttpServletRequestBuilder request, String field, String message) throws Exception {
        var result = mvc.perform(request).andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", field));
        if (message != null) {
            result.andExpect(content().string(containsString(message)));
        }
    }

    /** The dialogue's form as opened at its first version (0), with these leads (null for none). */
    private MockHttpServletRequestBuilder form(long id, Long ukLead, Long russiaLead) {
        return form(id, "Dialogue form test", ukLead, russiaLead);
    }

    private MockHttpServletRequestBuilder form(long id, String name, Long ukLead, Long russiaLead) {
        MockHttpServletRequestBuilder request = post("/dialogues/" + id + "/edit").with(organiser()).with(csrf())
                .param("nameEn", name).param("trackLevel", "TRACK_2").param("version", "0");
        if (ukLead != null) {
            request.param("ukLeadId", String.valueOf(ukLead));
        }
        if (russiaLead != null) {
            request.param("russiaLeadId", String.valueOf(russiaLead));
        }
        return request;
    }

    private long account(String username, String role, String side, boolean active) {
        return jdbc.queryForObject("""
                insert into app_user (username, password_hash, display_name, role, side, active)
                values (?, '{noop}never-used', ?, ?, ?, ?) returning id""", Long.class, username,
                "Lead " + username, role, side, active);
    }

    private static RequestPostProcessor organiser() {
        return user("organiser").roles("ORGANISER");
    }
}
