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
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** Recording a recommendation at a meeting and editing it: the reference, the title and the links it keeps. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecommendationFormTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RecommendationEditing editing;

    RecommendationFixtures fixtures;

    long dialogue;

    long meeting;

    long otherMeeting;

    long statement;

    @BeforeAll
    void meetings() {
        fixtures = new RecommendationFixtures(jdbc);
        dialogue = fixtures.dialogue();
        meeting = fixtures.meeting(dialogue, "Fixture round in Fixtureville", LocalDate.of(1999, 5, 10));
        otherMeeting = fixtures.meeting(dialogue, "Fixture follow-up round", LocalDate.of(1999, 11, 2));
        statement = fixtures.statement(meeting, "A UK participant proposed a fixture hotline.");
        fixtures.statement(meeting, "The Russian side preferred a fixture working group.");
    }

    @AfterEach
    void archive() {
        fixtures.archiveAll();
    }

    @Test
    void the_form_proposes_the_next_free_reference_in_the_style_of_the_dialogue() throws Exception {
        long dialogue = fixtures.dialogue();
        long meeting = fixtures.meeting(dialogue, "Fixture round of its own", LocalDate.of(1999, 6, 1));
        long otherMeeting = fixtures.meeting(dialogue, "Earlier fixture round of its own", LocalDate.of(1998, 6, 1));
        mvc.perform(get("/meetings/{id}/recommendations/new", meeting).with(organiser()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"REC-1999-01\"")));

        fixtures.recommendation(meeting, "FXD-1999-03", "Third of 1999", "PROPOSED");
        fixtures.recommendation(otherMeeting, "FXD-1998-07", "Seventh of 1998", "PROPOSED");
        mvc.perform(get("/meetings/{id}/recommendations/new", meeting).with(organiser()))
                .andExpect(content().string(containsString("value=\"FXD-1999-04\"")));

        fixtures.recommendation(otherMeeting, "OTHER-1999-01", "Another prefix", "PROPOSED");
        mvc.perform(get("/meetings/{id}/recommendations/new", meeting).with(organiser()))
                .andExpect(content().string(containsString("value=\"REC-1999-01\"")));
    }

    @Test
    void a_recommendation_is_linked_to_its_meetings_and_statements_and_starts_its_timeline() throws Exception {
        String reference = RecommendationFixtures.unique("RT-");
        long topic = jdbc.queryForObject("select id from topic where slug = 'risk-reduction'", Long.class);

        mvc.perform(valid(reference.toLowerCase())
                        .param("meetingIds", String.valueOf(otherMeeting))
                        .param("topicIds", String.valueOf(topic))
                        .param("statementIds", String.valueOf(statement))
                        .param("titleRu", "Создать тестовую горячую линию")
                        .param("textEn", "The sides should set up a fixture hotline."))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/recommendations/" + fixtures.created(reference)));

        long id = fixtures.created(reference);
        Map<String, Object> saved = jdbc.queryForMap("select * from recommendation where id = ?", id);
        assertThat(saved).containsEntry("reference", reference).containsEntry("title_en", "Set up a fixture hotline")
                .containsEntry("title_ru", "Создать тестовую горячую линию").containsEntry("status", "PROPOSED")
                .containsEntry("addressed_to", "BOTH_GOVERNMENTS").containsEntry("feasibility", "REALISTIC");
        assertThat(jdbc.queryForList("select meeting_id from recommendation_meeting where recommendation_id = ?",
                Long.class, id)).containsExactlyInAnyOrder(meeting, otherMeeting);
        assertThat(jdbc.queryForList("select statement_id from recommendation_statement where recommendation_id = ?",
                Long.class, id)).containsExactly(statement);
        assertThat(jdbc.queryForList("select topic_id from recommendation_topic where recommendation_id = ?",
                Long.class, id)).containsExactly(topic);
        Map<String, Object> first = jdbc.queryForMap("""
                select c.from_status, c.to_status, c.note, u.username from recommendation_status_change c
                  join app_user u on u.id = c.changed_by_id where c.recommendation_id = ?""", id);
        assertThat(first).containsEntry("from_status", null).containsEntry("to_status", "PROPOSED")
                .containsEntry("note", "Recorded at Fixture round in Fixtureville")
                .containsEntry("username", "organiser");

        mvc.perform(get("/recommendations/{id}", id).with(organiser()))
                .andExpect(content().string(allOf(containsString("Set up a fixture hotline"),
                        containsString("Recorded at Fixture round in Fixtureville"), containsString("by Demo Organiser"),
                        containsString("A UK participant proposed a fixture hotline."))));
        mvc.perform(get("/meetings/{id}", otherMeeting).with(organiser()))
                .andExpect(content().string(containsString(reference)));
    }

    @Test
    void a_title_in_neither_language_is_refused_and_nothing_is_saved() throws Exception {
        int before = recommendations();
        mvc.perform(valid(RecommendationFixtures.unique("RT-"), "titleEn", "  ", "titleRu", ""))
                .andExpect(status().isOk())
                .andExpect(view().name("recommendations/form"))
                .andExpect(content().string(containsString("Give a title in English or in Russian.")));
        assertThat(recommendations()).isEqualTo(before);
    }

    @Test
    void an_over_long_title_is_refused_and_nothing_is_saved() throws Exception {
        int before = recommendations();
        mvc.perform(valid(RecommendationFixtures.unique("RT-"), "titleEn", "x".repeat(301)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This is too long: at most 300 characters.")));
        assertThat(recommendations()).isEqualTo(before);

        mvc.perform(valid(RecommendationFixtures.unique("RT-"), "titleRu", "ы".repeat(301), "lang", "ru"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Слишком длинно: не более 300 знаков.")));
        assertThat(recommendations()).isEqualTo(before);
    }

    @Test
    void a_reference_another_recommendation_has_is_refused_and_nothing_is_saved() throws Exception {
        int before = recommendations();
        mvc.perform(valid("ukru-2017-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "Another recommendation already has the reference UKRU-2017-01. Choose another one.")));
        assertThat(recommendations()).isEqualTo(before);
    }

    @Test
    void a_reference_taken_between_validation_and_saving_is_recognised_and_nothing_is_saved() {
        int before = recommendations();
        RecommendationForm form = new RecommendationForm("ukru-2017-02", List.of(meeting), List.of(), AddressedTo.OSCE,
                Feasibility.POSSIBLE, Consensus.CONSENSUS, "Saved by two organisers at once", null, null, null,
                List.of(), null);
        assertThatThrownBy(() -> editing.create(meeting, form, "organiser"))
                .isInstanceOfSatisfying(DataIntegrityViolationException.class,
                        clash -> assertThat(RecommendationEditing.isReferenceClash(clash)).isTrue());
        assertThat(recommendations()).isEqualTo(before);
    }

    @Test
    void a_reference_outside_the_pattern_is_refused_and_nothing_is_saved() throws Exception {
        int before = recommendations();
        for (String reference : new String[] { "RT 2024 01", "-RT-1", "RT#1", "РК-1999-01" }) {
            mvc.perform(valid(reference))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(
                            "Use capital Latin letters, digits, dots, dashes and slashes only")));
        }
        mvc.perform(valid(""))
                .andExpect(content().string(containsString("Give the recommendation a reference.")));
        assertThat(recommendations()).isEqualTo(before);
    }

    @Test
    void statements_of_another_meeting_are_refused() throws Exception {
        long elsewhere = jdbc.queryForObject("select min(id) from statement where meeting_id not in (?, ?)",
                Long.class, meeting, otherMeeting);
        int before = recommendations();
        mvc.perform(valid(RecommendationFixtures.unique("RT-")).param("statementIds", String.valueOf(elsewhere)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "Choose only statements recorded at the meetings the recommendation comes from.")));
        assertThat(recommendations()).isEqualTo(before);
    }

    @Test
    void editing_changes_the_content_but_not_the_status() throws Exception {
        long id = fixtures.recommendation(meeting, RecommendationFixtures.unique("RT-"), "Before the edit", "ADOPTED");
        mvc.perform(get("/recommendations/{id}/edit", id).with(organiser()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Before the edit")));

        mvc.perform(post("/recommendations/{id}/edit", id).with(organiser()).with(csrf())
                        .param("reference", RecommendationFixtures.unique("RT-"))
                        .param("meetingIds", String.valueOf(meeting), String.valueOf(otherMeeting))
                        .param("addressedTo", "OSCE").param("feasibility", "UNLIKELY").param("consensus", "MAJORITY")
                        .param("titleEn", "After the edit").param("status", "IMPLEMENTED")
                        .param("version", String.valueOf(fixtures.version(id))))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/recommendations/" + id));
        Map<String, Object> saved = jdbc.queryForMap("select * from recommendation where id = ?", id);
        assertThat(saved).containsEntry("title_en", "After the edit").containsEntry("feasibility", "UNLIKELY")
                .containsEntry("status", "ADOPTED");
        assertThat(fixtures.count("select count(*) from recommendation_meeting where recommendation_id = ?", id))
                .isEqualTo(2);
    }

    @Test
    void unknown_meetings_and_recommendations_get_the_404_page() throws Exception {
        mvc.perform(get("/meetings/987654/recommendations/new").with(organiser())).andExpect(status().isNotFound());
        mvc.perform(get("/recommendations/987654/edit").with(organiser())).andExpect(status().isNotFound());
        mvc.perform(valid(RecommendationFixtures.unique("RT-"), 987654L)).andExpect(status().isNotFound());
    }

    private MockHttpServletRequestBuilder valid(String reference, String... overrides) {
        return valid(reference, meeting, overrides);
    }

    /** A complete form, which each test spoils in one way: {@code overrides} are names and values in turn. */
    private MockHttpServletRequestBuilder valid(String reference, long at, String... overrides) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("reference", reference);
        fields.put("titleEn", "Set up a fixture hotline");
        fields.put("addressedTo", "BOTH_GOVERNMENTS");
        fields.put("feasibility", "REALISTIC");
        fields.put("consensus", "CONSENSUS");
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/meetings/{id}/recommendations", at).with(organiser())
                .with(csrf());
        fields.forEach(request::param);
        return request;
    }

    private int recommendations() {
        return fixtures.count("select count(*) from recommendation");
    }

    static org.springframework.test.web.servlet.request.RequestPostProcessor organiser() {
        return user("organiser").roles("ORGANISER");
    }
}
