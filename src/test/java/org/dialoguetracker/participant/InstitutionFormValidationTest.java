package org.dialoguetracker.participant;

import org.dialoguetracker.support.WebSliceTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dialoguetracker.participant.PeopleFixtures.fieldErrors;
import static org.dialoguetracker.participant.PeopleFixtures.page;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The institution form refuses what it must, each refusal explained next to its field in the reader's language,
 * and asks nothing to be saved. The saving, editing and listing of institutions are {@link InstitutionFormTest}'s.
 */
@WebSliceTest
class InstitutionFormValidationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    InstitutionEditing editing;

    @AfterEach
    void nothingWasSaved() {
        verifyNoInteractions(editing);
    }

    @Test
    void a_name_is_required_in_one_language_at_least() throws Exception {
        String page = page(mvc.perform(create("", "GB", null).param("nameRu", " "))
                .andExpect(status().isOk()).andReturn());
        assertThat(fieldErrors(page, "nameEn")).isEqualTo("Give a name in English or in Russian.");
    }

    @Test
    void a_country_is_two_letters_of_iso_3166() throws Exception {
        for (String country : new String[] { "GBR", "G1", "Великобритания" }) {
            String page = page(mvc.perform(create("Bad Country Institute", country, null)).andExpect(status().isOk())
                    .andReturn());
            assertThat(fieldErrors(page, "country"))
                    .isEqualTo("A country code is two Latin letters of ISO 3166-1, such as GB or RU.");
        }
        String page = page(mvc.perform(create("Bad Country Institute", "", null)).andExpect(status().isOk())
                .andReturn());
        assertThat(fieldErrors(page, "country")).isEqualTo("Enter the country as a two-letter code, such as GB or RU.");
    }

    @Test
    void an_over_long_name_is_refused() throws Exception {
        String page = page(mvc.perform(create("x".repeat(301), "GB", null).param("shortNameEn", "y".repeat(41)))
                .andExpect(status().isOk()).andReturn());
        assertThat(fieldErrors(page, "nameEn")).isEqualTo("This is too long: at most 300 characters.");
        assertThat(fieldErrors(page, "shortNameEn")).isEqualTo("This is too long: at most 40 characters.");
    }

    @Test
    void a_website_must_be_an_http_address() throws Exception {
        for (String website : new String[] { "www.rusi.org", "ftp://rusi.org", "javascript:alert(1)", "https://" }) {
            String page = page(mvc.perform(create("Websiteless", "GB", website)).andExpect(status().isOk())
                    .andReturn());
            assertThat(fieldErrors(page, "website")).as(website).isEqualTo(
                    "Enter a full web address beginning with http:// or https://, such as https://www.rusi.org.");
        }
    }

    @Test
    void messages_are_in_the_readers_language() throws Exception {
        String page = page(mvc.perform(create("", "gbr", null).param("lang", "ru")).andExpect(status().isOk())
                .andReturn());
        assertThat(fieldErrors(page, "nameEn")).isEqualTo("Укажите название по-английски или по-русски.");
        assertThat(fieldErrors(page, "country"))
                .isEqualTo("Код страны — две латинские буквы по ISO 3166-1, например GB или RU.");
    }

    private static MockHttpServletRequestBuilder create(String nameEn, String country, String website) {
        return post("/institutions").with(csrf()).with(user("organiser").roles("ORGANISER"))
                .param("nameEn", nameEn).param("country", country).param("kind", "THINK_TANK")
                .param("website", website == null ? "" : website);
    }
}
