package org.dialoguetracker.participant;

import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dialoguetracker.participant.PeopleFixtures.fieldErrors;
import static org.dialoguetracker.participant.PeopleFixtures.page;
import static org.dialoguetracker.participant.PeopleFixtures.unique;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The participant form: every refused value is explained next to its field, and nothing is saved. */
@IntegrationTest
class ParticipantFormTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    PeopleFixtures fixtures;

    /** Sent as the Russian position of every participant this test submits, to count what it saved. */
    String marker;

    @BeforeEach
    void setUp() {
        fixtures = new PeopleFixtures(jdbc);
        marker = unique("test position");
    }

    @Test
    void a_valid_participant_is_created_with_every_field() throws Exception {
        String name = unique("Olga Test");
        long institution = fixtures.institution(unique("Participant Test Institute"));
        String location = mvc.perform(create(name).param("nameCyrillic", "Ольга Тестова")
                        .param("institutionId", String.valueOf(institution)).param("positionEn", "Fellow")
                        .param("email", "o.test@example.org").param("phone", "+7 (495) 225-62-83"))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        long id = jdbc.queryForObject("select id from participant where name_latin = ?", Long.class, name);
        assertThat(location).isEqualTo("/participants/" + id);
        assertThat(jdbc.queryForMap("select * from participant where id = ?", id))
                .containsEntry("name_cyrillic", "Ольга Тестова").containsEntry("institution_id", institution)
                .containsEntry("phone", "+7 (495) 225-62-83").containsEntry("archived", false)
                .containsEntry("position_ru", marker).containsEntry("position_en", "Fellow");
        String page = page(mvc.perform(get(location).with(user("organiser").roles("ORGANISER")))
                .andExpect(status().isOk()).andReturn());
        assertThat(page).contains(name, "Ольга Тестова", "o.test@example.org", "Fellow", "Not invited to any meeting yet.");
    }

    @Test
    void the_name_in_latin_script_is_required() throws Exception {
        String page = page(mvc.perform(create(" ")).andExpect(status().isOk()).andReturn());
        assertThat(fieldErrors(page, "nameLatin")).isEqualTo("Enter the name in Latin script.");
        page = page(mvc.perform(create("Иван Петров")).andExpect(status().isOk()).andReturn());
        assertThat(fieldErrors(page, "nameLatin"))
                .isEqualTo("Write this name in Latin letters; the Cyrillic spelling has its own field.");
        assertThat(participants()).isZero();
    }

    @Test
    void a_cyrillic_name_must_contain_cyrillic_letters() throws Exception {
        String page = page(mvc.perform(create(unique("Ivan Petrov")).param("nameCyrillic", "Ivan Petrov"))
                .andExpect(status().isOk()).andReturn());
        assertThat(fieldErrors(page, "nameCyrillic")).isEqualTo("Write this name in Cyrillic letters, or leave it empty.");
        assertThat(page).contains("value=\"Ivan Petrov\"");
        assertThat(participants()).isZero();
    }

    @Test
    void an_email_must_be_an_address() throws Exception {
        for (String email : new String[] { "not an address", "name@", "name@example", "a@b@example.org" }) {
            String page = page(mvc.perform(create(unique("Mail Less")).param("email", email))
                    .andExpect(status().isOk()).andReturn());
            assertThat(fieldErrors(page, "email")).as(email).isEqualTo("Enter an e-mail address such as name@example.org.");
        }
        assertThat(participants()).isZero();
    }

    @Test
    void a_phone_number_must_look_like_one() throws Exception {
        for (String phone : new String[] { "call me", "12", "+44 20 7946 0418 ext. 5", "++44 20" }) {
            String page = page(mvc.perform(create(unique("Phone Less")).param("phone", phone))
                    .andExpect(status().isOk()).andReturn());
            assertThat(fieldErrors(page, "phone")).as(phone).startsWith("Enter a phone number");
        }
        assertThat(participants()).isZero();
    }

    @Test
    void over_long_values_are_refused_at_the_schemas_limits() throws Exception {
        String page = page(mvc.perform(create("N".repeat(201)).param("nameCyrillic", "Н".repeat(201))
                        .param("positionEn", "p".repeat(301)).param("email", "a".repeat(64) + "@" + "b".repeat(60) + "." + "c".repeat(60) + "." + "d".repeat(20) + ".org"))
                .andExpect(status().isOk()).andReturn());
        assertThat(fieldErrors(page, "nameLatin")).isEqualTo("This is too long: at most 200 characters.");
        assertThat(fieldErrors(page, "nameCyrillic")).isEqualTo("This is too long: at most 200 characters.");
        assertThat(fieldErrors(page, "positionEn")).isEqualTo("This is too long: at most 300 characters.");
        assertThat(fieldErrors(page, "email")).isEqualTo("This is too long: at most 200 characters.");
        assertThat(participants()).isZero();
    }

    @Test
    void a_side_must_be_chosen_and_an_institution_must_exist() throws Exception {
        String page = page(mvc.perform(post("/participants").with(csrf()).with(user("organiser").roles("ORGANISER"))
                        .param("nameLatin", unique("Sideless")).param("side", "").param("capacity", "EXPERT")
                        .param("institutionId", "999999").param("positionRu", marker))
                .andExpect(status().isOk()).andReturn());
        assertThat(fieldErrors(page, "side")).isEqualTo("Choose one of the listed values.");
        assertThat(fieldErrors(page, "institutionId")).isEqualTo("Choose one of the listed values.");
        assertThat(participants()).isZero();
    }

    @Test
    void a_stale_edit_gets_the_conflict_notice_and_the_first_save_survives() throws Exception {
        long id = fixtures.participant(unique("Conflicted Person"));
        String first = unique("First Save");
        mvc.perform(edit(id, first, 0)).andExpect(status().isFound());

        String page = page(mvc.perform(edit(id, unique("Second Save"), 0)).andExpect(status().isConflict()).andReturn());
        assertThat(page).contains("Changed by someone else while you were editing",
                "Since you opened this form, another user saved a newer version.", first);
        assertThat(page).contains("name=\"version\" value=\"1\"");
        assertThat(jdbc.queryForObject("select name_latin from participant where id = ?", String.class, id))
                .isEqualTo(first);
    }

    @Test
    void an_unknown_participant_is_not_found() throws Exception {
        for (String path : new String[] { "/participants/999999", "/participants/999999/edit" }) {
            mvc.perform(get(path).with(user("organiser").roles("ORGANISER"))).andExpect(status().isNotFound());
        }
        mvc.perform(edit(999999, "Nobody", 0)).andExpect(status().isNotFound());
    }

    /** How many participants this test saved. */
    private long participants() {
        return fixtures.count("select count(*) from participant where position_ru = ?", marker);
    }

    private MockHttpServletRequestBuilder create(String nameLatin) {
        return post("/participants").with(csrf()).with(user("organiser").roles("ORGANISER"))
                .param("nameLatin", nameLatin).param("side", "RUSSIA").param("capacity", "EXPERT")
                .param("positionRu", marker);
    }

    private static MockHttpServletRequestBuilder edit(long id, String nameLatin, long version) {
        return post("/participants/{id}/edit", id).with(csrf()).with(user("organiser").roles("ORGANISER"))
                .param("nameLatin", nameLatin).param("side", "UK").param("capacity", "OFFICIAL")
                .param("version", String.valueOf(version));
    }
}
