package org.dialoguetracker.participant;

import java.util.Map;

import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dialoguetracker.participant.PeopleFixtures.page;
import static org.dialoguetracker.participant.PeopleFixtures.unique;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The institution form's flows: what it saves, an edit and a stale one, unknown institutions, the list. What it
 * refuses, and how it says so, is {@link InstitutionFormValidationTest}'s.
 */
@IntegrationTest
class InstitutionFormTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    PeopleFixtures fixtures;

    /** Sent as the Russian short name of every institution this test submits, to find what it saved. */
    String marker;

    @BeforeEach
    void setUp() {
        fixtures = new PeopleFixtures(jdbc);
        marker = unique("T");
    }

    @Test
    void a_valid_institution_is_created_with_its_country_code_in_upper_case() throws Exception {
        String name = unique("Valdai Test Club");
        mvc.perform(create(name, "ru", "https://valdai.example.org"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/institutions"));
        assertThat(jdbc.queryForObject("select country from institution where name_en = ?", String.class, name))
                .isEqualTo("RU");
    }

    @Test
    void typed_text_is_saved_without_the_blanks_around_it_and_a_blank_field_as_no_value() throws Exception {
        String name = unique("Padded Institute");
        mvc.perform(create("  " + name + "\t", " gb ", "").param("nameRu", "\u2003").param("shortNameEn", "   "))
                .andExpect(status().isFound());
        Map<String, Object> saved = jdbc.queryForMap("""
                select name_en, name_ru, short_name_en, country, website from institution where short_name_ru = ?""",
                marker);
        assertThat(saved).containsEntry("name_en", name).containsEntry("name_ru", null)
                .containsEntry("short_name_en", null).containsEntry("country", "GB").containsEntry("website", null);
    }

    @Test
    void an_edit_is_saved_and_a_stale_one_gets_the_conflict_notice() throws Exception {
        long id = fixtures.institution(unique("Editable Institute"));
        String renamed = unique("Renamed Institute");
        mvc.perform(edit(id, renamed, 0)).andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select name_en from institution where id = ?", String.class, id))
                .isEqualTo(renamed);

        MvcResult stale = mvc.perform(edit(id, unique("Lost Update Institute"), 0))
                .andExpect(status().isConflict()).andReturn();
        assertThat(page(stale)).contains("Changed by someone else while you were editing", renamed);
        assertThat(jdbc.queryForObject("select name_en from institution where id = ?", String.class, id))
                .isEqualTo(renamed);
    }

    @Test
    void an_unknown_institution_is_not_found() throws Exception {
        mvc.perform(get("/institutions/999999/edit").with(user("organiser").roles("ORGANISER")))
                .andExpect(status().isNotFound());
        mvc.perform(edit(999999, "Nobody", 0)).andExpect(status().isNotFound());
    }

    @Test
    void every_reader_sees_the_list_with_kind_and_country() throws Exception {
        String page = page(mvc.perform(get("/institutions?size=100").with(user("researcher").roles("RESEARCHER")))
                .andExpect(status().isOk()).andReturn());
        assertThat(page).contains("Royal United Services Institute", "Think tank", "United Kingdom")
                .doesNotContain("/institutions/new");
    }

    @Test
    void the_list_is_in_the_order_of_the_names_in_the_readers_language() throws Exception {
        String english = page(mvc.perform(get("/institutions?size=100").with(user("researcher").roles("RESEARCHER")))
                .andReturn());
        assertThat(english.indexOf("Royal United Services Institute"))
                .isLessThan(english.indexOf("Zamoskvorechye Centre for Defence Analysis"));
        String russian = page(mvc.perform(get("/institutions?size=100").param("lang", "ru")
                .with(user("researcher").roles("RESEARCHER"))).andReturn());
        assertThat(russian.indexOf("Замоскворецкий центр оборонного анализа"))
                .isLessThan(russian.indexOf("Королевский объединённый институт оборонных исследований"));
    }

    private MockHttpServletRequestBuilder create(String nameEn, String country, String website) {
        return post("/institutions").with(csrf()).with(user("organiser").roles("ORGANISER"))
                .param("nameEn", nameEn).param("country", country).param("kind", "THINK_TANK")
                .param("website", website == null ? "" : website).param("shortNameRu", marker);
    }

    private static MockHttpServletRequestBuilder edit(long id, String nameEn, long version) {
        return post("/institutions/{id}/edit", id).with(csrf()).with(user("organiser").roles("ORGANISER"))
                .param("nameEn", nameEn).param("country", "GB").param("kind", "ACADEMIA")
                .param("version", String.valueOf(version));
    }
}
