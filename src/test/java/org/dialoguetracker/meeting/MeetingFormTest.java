package org.dialoguetracker.meeting;

import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** The meeting and agenda forms: what organisers are told when input is wrong, and that nothing half-saves. */
@IntegrationTest
class MeetingFormTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_valid_meeting_is_created_and_recorded_in_its_history() throws Exception {
        mvc.perform(meeting(post("/meetings"), "Form test: third round", "2027-03-01", "2027-03-02"))
                .andExpect(redirectedUrlPattern("/meetings/*"));
        Long id = jdbc.queryForObject("select id from meeting where title_en = 'Form test: third round'", Long.class);
        mvc.perform(get("/meetings/" + id + "/history").with(organiser()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("history-user\">organiser"),
                        containsString("Form test: third round"))));
    }

    @Test
    void the_history_names_the_meeting_in_the_readers_language() throws Exception {
        mvc.perform(meeting(post("/meetings"), "Form test: fourth round", "2027-04-01", "2027-04-02")
                        .param("titleRu", "Проверка формы: четвёртый раунд"))
                .andExpect(redirectedUrlPattern("/meetings/*"));
        Long id = jdbc.queryForObject("select id from meeting where title_en = 'Form test: fourth round'", Long.class);
        String subject = "<span class=\"text-body-secondary\">%s</span>";
        mvc.perform(get("/meetings/" + id + "/history").param("lang", "ru").with(organiser()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(subject.formatted("Проверка формы: четвёртый раунд"))));
        mvc.perform(get("/meetings/" + id + "/history").param("lang", "en").with(organiser()))
                .andExpect(content().string(containsString(subject.formatted("Form test: fourth round"))));
    }

    @Test
    void a_meeting_without_a_title_in_either_language_is_refused_with_a_message() throws Exception {
        int before = meetings();
        mvc.perform(meeting(post("/meetings"), "", "2027-03-01", "2027-03-02").param("titleRu", " "))
                .andExpect(status().isOk())
                .andExpect(view().name("meetings/form"))
                .andExpect(model().attributeHasFieldErrors("form", "titleEn"))
                .andExpect(content().string(containsString("Give a title in English or in Russian.")));
        assertThat(meetings()).isEqualTo(before);
    }

    @Test
    void an_end_date_before_the_start_date_is_refused_with_a_message() throws Exception {
        int before = meetings();
        mvc.perform(meeting(post("/meetings"), "Form test: backwards", "2027-03-02", "2027-03-01"))
                .andExpect(model().attributeHasFieldErrors("form", "endDate"))
                .andExpect(content().string(containsString("The last day cannot be before the first day.")));
        assertThat(meetings()).isEqualTo(before);
    }

    @Test
    void a_missing_date_and_an_over_long_title_are_refused_in_russian_too() throws Exception {
        int before = meetings();
        mvc.perform(meeting(post("/meetings"), "x".repeat(301), "", "2027-03-01").param("lang", "ru"))
                .andExpect(model().attributeHasFieldErrors("form", "titleEn", "startDate"))
                .andExpect(content().string(containsString("размер должен находиться в диапазоне от 0 до 300")));
        assertThat(meetings()).isEqualTo(before);
    }

    @Test
    void an_unreadable_date_or_an_unknown_choice_gets_a_message_not_an_error() throws Exception {
        int before = meetings();
        mvc.perform(meeting(post("/meetings"), "Form test: odd input", "next Tuesday", "2027-03-01")
                        .param("hostInstitutionId", "987654"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "startDate", "hostInstitutionId"))
                .andExpect(content().string(allOf(containsString("Enter a date as YYYY-MM-DD."),
                        containsString("Choose one of the listed values."))));
        assertThat(meetings()).isEqualTo(before);
    }

    @Test
    void a_stale_edit_gets_the_conflict_notice_and_the_first_save_survives() throws Exception {
        mvc.perform(meeting(post("/meetings"), "Form test: conflict", "2027-04-01", "2027-04-02"));
        Long id = jdbc.queryForObject("select id from meeting where title_en = 'Form test: conflict'", Long.class);
        long version = jdbc.queryForObject("select version from meeting where id = ?", Long.class, id);

        mvc.perform(meeting(post("/meetings/" + id + "/edit"), "Form test: conflict (first)", "2027-04-01", "2027-04-02")
                        .param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(meeting(post("/meetings/" + id + "/edit"), "Form test: conflict (second)", "2027-04-01", "2027-04-02")
                        .param("version", String.valueOf(version)))
                .andExpect(status().isConflict())
                .andExpect(content().string(allOf(containsString("Changed by someone else"),
                        containsString("Form test: conflict (first)"), containsString("Form test: conflict (second)"))));
        assertThat(jdbc.queryForObject("select title_en from meeting where id = ?", String.class, id))
                .isEqualTo("Form test: conflict (first)");
    }

    @Test
    void agenda_sessions_are_added_reordered_and_refused_without_a_title() throws Exception {
        mvc.perform(meeting(post("/meetings"), "Form test: agenda", "2027-05-01", "2027-05-01"));
        Long id = jdbc.queryForObject("select id from meeting where title_en = 'Form test: agenda'", Long.class);
        for (String title : new String[] { "Opening", "Risk reduction" }) {
            mvc.perform(post("/meetings/" + id + "/agenda").param("titleEn", title).with(organiser()).with(csrf()))
                    .andExpect(redirectedUrlPattern("/meetings/" + id + "*"));
        }
        mvc.perform(post("/meetings/" + id + "/agenda").param("titleEn", "").param("descriptionEn", "no title")
                        .with(organiser()).with(csrf()))
                .andExpect(model().attributeHasFieldErrors("form", "titleEn"));
        Long second = jdbc.queryForObject("select id from agenda_item where meeting_id = ? and title_en = 'Risk reduction'",
                Long.class, id);
        mvc.perform(post("/meetings/" + id + "/agenda/" + second + "/move").param("step", "-1")
                .with(organiser()).with(csrf()));
        assertThat(jdbc.queryForList("select title_en from agenda_item where meeting_id = ? order by position",
                String.class, id)).containsExactly("Risk reduction", "Opening");
    }

    @Test
    void a_stale_agenda_edit_gets_the_conflict_notice_with_its_values_kept_and_saving_again_applies_them()
            throws Exception {
        mvc.perform(meeting(post("/meetings"), "Form test: agenda conflict", "2027-06-01", "2027-06-01"));
        Long id = jdbc.queryForObject("select id from meeting where title_en = 'Form test: agenda conflict'", Long.class);
        mvc.perform(post("/meetings/" + id + "/agenda").param("titleEn", "Agenda conflict: as opened")
                .with(organiser()).with(csrf())).andExpect(status().is3xxRedirection());
        Long item = jdbc.queryForObject("select id from agenda_item where meeting_id = ?", Long.class, id);
        String opened = jdbc.queryForObject("select version from agenda_item where id = ?", String.class, item);
        String edit = "/meetings/" + id + "/agenda/" + item + "/edit";

        mvc.perform(post(edit).param("titleEn", "Agenda conflict: first").param("version", opened)
                .with(organiser()).with(csrf())).andExpect(status().is3xxRedirection());
        MvcResult refused = mvc.perform(post(edit).param("titleEn", "Agenda conflict: second")
                        .param("descriptionEn", "Typed on the stale form.").param("version", opened)
                        .with(organiser()).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(view().name("meetings/agenda-item-form"))
                .andExpect(content().string(allOf(containsString("Changed by someone else"),
                        containsString("Agenda conflict: first"), containsString("value=\"Agenda conflict: second\""),
                        containsString("Typed on the stale form."))))
                .andReturn();
        assertThat(jdbc.queryForObject("select title_en from agenda_item where id = ?", String.class, item))
                .isEqualTo("Agenda conflict: first");
        AgendaItemForm kept = (AgendaItemForm) refused.getModelAndView().getModel().get("form");
        assertThat(kept.titleEn()).isEqualTo("Agenda conflict: second");
        assertThat(kept.descriptionEn()).isEqualTo("Typed on the stale form.");
        assertThat(kept.version()).as("the version saved now").isGreaterThan(Long.valueOf(opened));

        mvc.perform(post(edit).param("titleEn", kept.titleEn()).param("descriptionEn", kept.descriptionEn())
                .param("version", String.valueOf(kept.version())).with(organiser()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select title_en from agenda_item where id = ?", String.class, item))
                .as("saved again from the conflict page").isEqualTo("Agenda conflict: second");
    }

    @Test
    void researchers_get_403_on_the_forms() throws Exception {
        Long id = jdbc.queryForObject("select min(id) from meeting", Long.class);
        for (String path : new String[] { "/meetings/new", "/meetings/" + id + "/edit", "/meetings/" + id + "/history",
                "/meetings/" + id + "/agenda/new" }) {
            mvc.perform(get(path).with(user("researcher").roles("RESEARCHER"))).andExpect(status().isForbidden());
        }
        mvc.perform(meeting(post("/meetings"), "Form test: by a researcher", "2027-03-01", "2027-03-02")
                        .with(user("researcher").roles("RESEARCHER")))
                .andExpect(status().isForbidden());
    }

    @Test
    void an_unknown_meeting_gets_404_on_its_forms() throws Exception {
        mvc.perform(get("/meetings/987654/edit").with(organiser())).andExpect(status().isNotFound());
        mvc.perform(get("/meetings/987654/agenda/new").with(organiser())).andExpect(status().isNotFound());
    }

    private int meetings() {
        return jdbc.queryForObject("select count(*) from meeting", Integer.class);
    }

    private MockHttpServletRequestBuilder meeting(MockHttpServletRequestBuilder request, String title, String start,
            String end) {
        return request.with(organiser()).with(csrf())
                .param("dialogueId", jdbc.queryForObject("select min(id) from dialogue", String.class))
                .param("titleEn", title).param("cityEn", "Vienna")
                .param("startDate", start).param("endDate", end)
                .param("format", "IN_PERSON").param("trackLevel", "TRACK_2")
                .param("attributionRule", "SIDE");
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor organiser() {
        return user("organiser").roles("ORGANISER");
    }
}
