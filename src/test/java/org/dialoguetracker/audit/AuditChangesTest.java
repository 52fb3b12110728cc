package org.dialoguetracker.audit;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 17: the audit trail's change rows say what changed in words, in the reader's language (the kind of record,
 * its title, the fields changed) and link to the record's page, instead of listing class names such as
 * "FollowUpAction"; their times are in the tracker's zone with its abbreviation.
 */
@IntegrationTest
class AuditChangesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    String description;

    @AfterEach
    void tearDown() {
        jdbc.update("delete from follow_up_action where description_en = ?", description);
    }

    @Test
    void a_change_row_names_the_record_its_changed_fields_and_links_to_its_page() throws Exception {
        long recommendation = jdbc.queryForObject("select min(id) from recommendation where not archived", Long.class);
        description = "Audit words test step " + System.nanoTime();
        mvc.perform(post("/recommendations/{id}/follow-ups", recommendation).with(organiser()).with(csrf())
                .param("descriptionEn", description).param("ownerText", "The secretariat").param("status", "OPEN"))
                .andExpect(status().is3xxRedirection());
        long followUp = jdbc.queryForObject("select id from follow_up_action where description_en = ?", Long.class,
                description);
        long version = jdbc.queryForObject("select version from follow_up_action where id = ?", Long.class, followUp);
        mvc.perform(post("/follow-ups/{id}/edit", followUp).with(organiser()).with(csrf())
                .param("descriptionEn", description).param("ownerText", "The secretariat").param("status", "OPEN")
                .param("dueDate", LocalDate.now().plusYears(1).toString()).param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());

        String english = trail("en");
        String link = "<a href=\"/recommendations/" + recommendation + "\">" + description + "</a>";
        assertThat(english).contains("created</span>", "the follow-up action</span>", link);
        assertThat(english).containsPattern("changed</span>\\s*<span>the follow-up action</span>\\s*"
                + java.util.regex.Pattern.quote(link) + ":\\s*<span[^>]*>Due by</span>");
        assertThat(english).doesNotContain("FollowUpAction");
        // the time, in the tracker's zone (Europe/London by default) with its abbreviation
        assertThat(english).containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} (GMT|BST)");

        String russian = HtmlUtils.htmlUnescape(trail("ru"));
        assertThat(russian).contains("изменил(а)", "последующее действие", "Срок").doesNotContain("FollowUpAction");
    }

    private String trail(String language) throws Exception {
        return mvc.perform(get("/admin/audit").param("kind", "CHANGE").param("user", "organiser")
                .param("lang", language).with(user("admin").roles("ADMIN"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor organiser() {
        return user("organiser").roles("ORGANISER");
    }
}
