package org.dialoguetracker.imports;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dialoguetracker.imports.BulkStatusUpdateTest.csv;
import static org.dialoguetracker.imports.ImportClient.admin;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The import page: what it explains, the file it refuses with a message next to the field, and who may use it. */
@IntegrationTest
class StatusImportPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_page_explains_the_format_and_offers_a_multipart_form_with_its_token() throws Exception {
        mvc.perform(get("/admin/import").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Bulk status update"),
                        containsString("follow_up_due"), containsString("href=\"/export/recommendations.csv\""),
                        containsString("enctype=\"multipart/form-data\""), containsString("type=\"file\""),
                        containsString("action=\"/admin/import\""), containsString("name=\"_csrf\""),
                        containsString("At most 5 MB and 20,000 lines."))));
        mvc.perform(get("/admin/import?lang=ru").with(admin()))
                .andExpect(content().string(allOf(containsString("Массовое обновление статусов"),
                        containsString("Не более 5 МБ"))));
    }

    @Test
    void a_file_without_the_status_column_gets_the_page_back_with_the_message_next_to_the_field() throws Exception {
        int sessionsWithAPlan = plans();
        MvcResult refused = upload("titles.csv", csv("reference,title_en", "UKRU-2017-01,A title"));
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("is-invalid",
                "The header line lacks the column(s) status. The first line of the file must name the columns,"
                        + " as in the export.");
        assertThat(plans()).isEqualTo(sessionsWithAPlan);
    }

    @Test
    void no_file_an_empty_one_and_one_over_the_size_limit_are_refused_with_a_message() throws Exception {
        assertThat(page(mvc.perform(multipart("/admin/import").with(admin()).with(csrf())).andReturn()))
                .contains("Choose the CSV file to import.");
        assertThat(page(upload("empty.csv", new byte[0]))).contains("The file is empty.");
        byte[] large = new byte[5 * 1024 * 1024 + 1];
        Arrays.fill(large, (byte) 'x');
        assertThat(page(upload("large.csv", large)))
                .contains("The file is larger than 5 MB. Split it into several files");
        // what the page says when the container refused a file too large to read (see UploadLimitFilter)
        assertThat(page(mvc.perform(get("/admin/import?tooLarge=true").with(admin())).andReturn()))
                .contains("is-invalid", "The file is larger than 5 MB.");
        assertThat(page(upload("latin1.csv", "reference,status\nA,Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1))))
                .contains("The file is not UTF-8 text.");
    }

    @Test
    void organisers_and_researchers_get_403_on_every_page_and_action() throws Exception {
        for (RequestPostProcessor who : new RequestPostProcessor[] { user("organiser").roles("ORGANISER"),
                user("researcher").roles("RESEARCHER") }) {
            mvc.perform(get("/admin/import").with(who)).andExpect(status().isForbidden());
            mvc.perform(get("/admin/import/preview").with(who)).andExpect(status().isForbidden());
            mvc.perform(multipart("/admin/import")
                            .file(new MockMultipartFile("file", "f.csv", "text/csv", csv("reference,status")))
                            .with(who).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/admin/import/apply").param("token", "x").with(who).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/admin/import/discard").param("token", "x").with(who).with(csrf()))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void an_apply_without_a_preview_in_the_session_is_refused() throws Exception {
        String page = new ImportClient(mvc).apply("no-such-token", "/admin/import");
        assertThat(page).contains("There is no preview waiting to be applied");
    }

    private MvcResult upload(String name, byte[] content) throws Exception {
        return mvc.perform(multipart("/admin/import").file(new MockMultipartFile("file", name, "text/csv", content))
                .with(admin()).with(csrf())).andReturn();
    }

    private static String page(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private int plans() {
        return jdbc.queryForObject("select count(*) from import_plan", Integer.class);
    }
}
