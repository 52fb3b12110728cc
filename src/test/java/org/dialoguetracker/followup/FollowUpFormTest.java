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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Adding and editing follow-up actions: a description, one owner at most, a due date. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FollowUpFormTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    RecommendationFixtures fixtures;

    long meeting;

    @BeforeAll
    void meeting() {
        fixtures = new RecommendationFixtures(jdbc);
        meeting = fixtures.meeting(fixtures.dialogue(), "Fixture round on follow-ups", LocalDate.of(1999, 4, 1));
    }

    @AfterEach
    void archive() {
        fixtures.archiveAll();
    }

    @Test
    void an_action_owned_by_an_institution_is_added_to_the_recommendation() throws Exception {
        long recommendation = recommendation();
        long rusi = jdbc.queryForObject("select id from institution where short_name_en = 'RUSI'", Long.class);
        mvc.perform(get("/recommendations/{id}/follow-ups/new", recommendation).with(organiser()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("New follow-up action"),
                        containsString("name=\"ownerParticipantId\""), containsString("name=\"ownerInstitutionId\""))));

        mvc.perform(add(recommendation, "descriptionRu", "Направить письмо в секретариат ОБСЕ",
                        "ownerInstitutionId", String.valueOf(rusi)))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/recommendations/" + recommendation + "#follow-ups"));

        Map<String, Object> saved = jdbc.queryForMap("select * from follow_up_action where recommendation_id = ?",
                recommendation);
        assertThat(saved).containsEntry("description_en", "Brief the OSCE secretariat")
                .containsEntry("description_ru", "Направить письмо в секретариат ОБСЕ")
                .containsEntry("owner_institution_id", rusi).containsEntry("owner_participant_id", null)
                .containsEntry("status", "OPEN").containsEntry("due_date", java.sql.Date.valueOf("2031-03-31"));
        mvc.perform(get("/recommendations/{id}", recommendation).with(user("researcher").roles("RESEARCHER")))
                .andExpect(content().string(allOf(containsString("Brief the OSCE secretariat"),
                        containsString("Royal United Services Institute"))));
    }

    @Test
    void a_description_in_neither_language_is_refused_and_nothing_is_saved() throws Exception {
        long recommendation = recommendation();
        mvc.perform(add(recommendation, "descriptionEn", " ", "descriptionRu", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Describe the action in English or in Russian.")));
        assertThat(actions(recommendation)).isZero();
    }

    @Test
    void two_owners_at_once_are_refused_and_nothing_is_saved() throws Exception {
        long recommendation = recommendation();
        long institution = jdbc.queryForObject("select min(id) from institution", Long.class);
        mvc.perform(add(recommendation, "ownerInstitutionId", String.valueOf(institution), "ownerText", "The FCDO"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "Choose one owner only: a participant, an institution or a name.")));
        mvc.perform(add(recommendation, "ownerParticipantId", "987654"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose one of the listed values.")));
        mvc.perform(add(recommendation, "descriptionEn", "x".repeat(5001)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This is too long: at most 5000 characters.")));
        mvc.perform(add(recommendation, "dueDate", "31/03/2031"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a date as YYYY-MM-DD.")));
        assertThat(actions(recommendation)).isZero();
    }

    @Test
    void a_stale_edit_gets_the_conflict_page_and_the_first_edit_survives() throws Exception {
        long recommendation = recommendation();
        long action = fixtures.followUp(recommendation, "Draft a joint paper", LocalDate.of(2031, 1, 1), "OPEN");
        String opened = jdbc.queryForObject("select version from follow_up_action where id = ?", String.class, action);

        mvc.perform(edit(action, "Draft a joint paper with RIAC", opened).with(organiser()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/recommendations/" + recommendation + "#follow-ups"));
        mvc.perform(edit(action, "Draft a paper alone", opened).with(user("admin").roles("ADMIN")))
                .andExpect(status().isConflict())
                .andExpect(content().string(allOf(containsString("Changed by someone else while you were editing"),
                        containsString("Draft a joint paper with RIAC"), containsString("Draft a paper alone"))));
        assertThat(jdbc.queryForObject("select description_en from follow_up_action where id = ?", String.class,
                action)).isEqualTo("Draft a joint paper with RIAC");
    }

    @Test
    void unknown_recommendations_and_actions_get_the_404_page() throws Exception {
        mvc.perform(get("/recommendations/987654/follow-ups/new").with(organiser())).andExpect(status().isNotFound());
        mvc.perform(add(987654L)).andExpect(status().isNotFound());
        mvc.perform(get("/follow-ups/987654/edit").with(organiser())).andExpect(status().isNotFound());
        mvc.perform(get("/follow-ups/987654/complete").with(organiser())).andExpect(status().isNotFound());
    }

    private long recommendation() {
        return fixtures.recommendation(meeting, RecommendationFixtures.unique("RT-FU-"), "Follow-up fixture",
                "ADOPTED");
    }

    /** A complete form, spoilt by {@code overrides}: names and values in turn. */
    private MockHttpServletRequestBuilder add(long recommendation, String... overrides) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("descriptionEn", "Brief the OSCE secretariat");
        fields.put("dueDate", "2031-03-31");
        fields.put("status", "OPEN");
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/recommendations/{id}/follow-ups", recommendation)
                .with(organiser()).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    private MockHttpServletRequestBuilder edit(long action, String description, String version) {
        return post("/follow-ups/{id}/edit", action).with(csrf()).param("descriptionEn", description)
                .param("ownerText", "RIAC secretariat").param("dueDate", "2031-01-01").param("status", "IN_PROGRESS")
                .param("version", version);
    }

    private int actions(long recommendation) {
        return fixtures.count("select count(*) from follow_up_action where recommendation_id = ?", recommendation);
    }

    static RequestPostProcessor organiser() {
        return user("organiser").roles("ORGANISER");
    }
}
