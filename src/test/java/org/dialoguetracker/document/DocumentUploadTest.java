package org.dialoguetracker.document;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.dialoguetracker.shared.web.Times;
import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Documents through the application as organisers and researchers use them: an upload refused for what the file
 * really is (nothing saved), a download with its headers and the very bytes uploaded, who may download what
 * (organisers only; with the report, before and after it is published), versions kept on replacement, deletion with
 * the bytes, a stale change, the text extracted in the background (a damaged PDF FAILED, a Russian PDF found by
 * another form of its word, a snippet escaped), and a document left waiting picked up again as at a start.
 */
@IntegrationTest
class DocumentUploadTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TextExtraction extraction;

    @Autowired
    Times times;

    final List<Long> created = new ArrayList<>();

    Long meetingWithoutReport;

    @AfterEach
    void removeDocuments() {
        created.forEach(id -> jdbc.update("delete from document where id = ?", id));
        if (meetingWithoutReport != null) {
            jdbc.update("delete from meeting where id = ?", meetingWithoutReport);
        }
    }

    static RequestPostProcessor organiser() {
        return user("organiser").roles("ORGANISER");
    }

    static RequestPostProcessor researcher() {
        return user("researcher").roles("RESEARCHER");
    }

    long london() {
        return jdbc.queryForObject("select id from meeting where title_en = 'UK–Russia Security Dialogue: London meeting'",
                Long.class);
    }

    /** A meeting of the demo dialogue, held under the rule SIDE, whose joint report has no published edition. */
    long unpublished() {
        if (meetingWithoutReport == null) {
            meetingWithoutReport = jdbc.queryForObject("""
                    insert into meeting (dialogue_id, title_en, city_en, start_date, end_date, format, track_level,
                                         attribution_rule, status)
                    select dialogue_id, 'Documents test meeting', 'London', date '2031-03-02', date '2031-03-03',
                           'IN_PERSON', 'TRACK_2', 'SIDE', 'PLANNED' from meeting where id = ? returning id""",
                    Long.class, london());
        }
        return meetingWithoutReport;
    }

    MvcResult upload(String path, String name, byte[] bytes, String title, String access) throws Exception {
        var request = multipart(path).file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
                .param("category", "BACKGROUND_PAPER").with(organiser()).with(csrf());
        if (title != null) {
            request.param("title", title);
        }
        if (access != null) {
            request.param("access", access);
        }
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).as("the upload's answer").isEqualTo(302);
        return result;
    }

    long uploaded(String path, String name, byte[] bytes, String title, String access) throws Exception {
        MvcResult result = upload(path, name, bytes, title, access);
        assertThat(result.getFlashMap().get("documentError")).as("a refusal").isNull();
        long id = jdbc.queryForObject("select max(id) from document where title = ?", Long.class,
                title == null ? name : title);
        assertThat(result.getFlashMap().get("message")).isEqualTo("document.uploadDone");
        created.add(id);
        return id;
    }

    ExtractionStatus extracted(long id) {
        await().atMost(Duration.ofMinutes(2)).until(() -> !"PENDING".equals(status(id)));
        return ExtractionStatus.valueOf(status(id));
    }

    String status(long id) {
        return jdbc.queryForObject("select extraction_status from document where id = ?", String.class, id);
    }

    int stored() {
        return jdbc.queryForObject("select (select count(*) from document) + (select count(*) from document_version) "
                + "+ (select count(*) from document_content) + (select count(*) from document_chunk)", Integer.class);
    }

    @Test
    void a_spoofed_file_is_refused_saying_what_it_is_and_nothing_is_saved() throws Exception {
        long meeting = london();
        int before = stored();
        MvcResult zip = upload("/meetings/" + meeting + "/documents", "paper.pdf", DocumentFiles.zip(), "Spoofed", null);
        assertThat(zip.getResponse().getRedirectedUrl()).isEqualTo("/meetings/" + meeting + "#documents-meetings-"
                + meeting);
        assertThat(zip.getFlashMap().get("documentError"))
                .isEqualTo("This file is a ZIP archive, not a PDF. Nothing was saved.");
        assertThat(zip.getFlashMap().get("documentErrorPanel")).isEqualTo("documents-meetings-" + meeting);
        MvcResult html = upload("/meetings/" + meeting + "/documents", "agenda.pdf", DocumentFiles.html(), null, null);
        assertThat(html.getFlashMap().get("documentError"))
                .isEqualTo("This file is an HTML page, not a PDF. Nothing was saved.");
        MvcResult russian = mvc.perform(multipart("/meetings/" + meeting + "/documents")
                .file(new MockMultipartFile("file", "paper.pdf", "application/pdf", DocumentFiles.zip()))
                .param("category", "AGENDA").param("lang", "ru").with(organiser()).with(csrf())).andReturn();
        assertThat(russian.getFlashMap().get("documentError"))
                .isEqualTo("Этот файл — ZIP-архив, а не PDF. Ничего не сохранено.");
        MvcResult empty = upload("/meetings/" + meeting + "/documents", "empty.pdf", new byte[0], null, null);
        assertThat(empty.getFlashMap().get("documentError")).asString().contains("empty.pdf is empty");
        MvcResult path = upload("/meetings/" + meeting + "/documents", "../../etc/passwd.txt",
                "x".getBytes(StandardCharsets.UTF_8), null, null);
        assertThat(path.getFlashMap().get("documentError")).asString().contains("path or control characters");
        MvcResult control = upload("/meetings/" + meeting + "/documents", "notes\u0007.txt",
                "x".getBytes(StandardCharsets.UTF_8), null, null);
        assertThat(control.getFlashMap().get("documentError")).asString().contains("path or control characters");
        MvcResult none = mvc.perform(multipart("/meetings/" + meeting + "/documents").param("category", "AGENDA")
                .with(organiser()).with(csrf())).andReturn();
        assertThat(none.getFlashMap().get("documentError")).asString().contains("Choose a file");
        assertThat(stored()).as("documents, versions, contents and chunks").isEqualTo(before);
        // the refusal shows in the panel it came from, on the page the browser is sent back to (in its session)
        String page = mvc.perform(get("/meetings/" + meeting).with(organiser())
                .cookie(zip.getResponse().getCookie("SESSION"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("document-error").contains("This file is a ZIP archive, not a PDF.");
    }

    @Test
    void a_researcher_downloads_the_very_bytes_uploaded_as_an_attachment_of_the_detected_type() throws Exception {
        byte[] pdf = DocumentFiles.pdf("Confidence building measures at sea");
        long id = uploaded("/meetings/" + london() + "/documents", "Доклад о мерах.pdf", pdf, "Measures at sea",
                "RESEARCHERS");
        MvcResult download = mvc.perform(get("/documents/" + id).with(researcher())).andReturn();
        assertThat(download.getResponse().getStatus()).isEqualTo(200);
        assertThat(download.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(download.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment;")
                .contains("filename*=UTF-8''%D0%94%D0%BE%D0%BA%D0%BB%D0%B0%D0%B4");
        assertThat(DocumentFiles.sha256(download.getResponse().getContentAsByteArray()))
                .isEqualTo(DocumentFiles.sha256(pdf))
                .isEqualTo(jdbc.queryForObject("select sha256 from document_version where document_id = ?",
                        String.class, id));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where kind = 'DOCUMENT_UPLOAD' and summary "
                + "like ?", Integer.class, "document #" + id + " %")).isEqualTo(1);
        // the researcher's panel does not say who uploaded it; the organiser's does
        String researchers = page("/meetings/" + london(), researcher());
        assertThat(researchers).contains("Measures at sea").doesNotContain("document-uploader");
        assertThat(page("/meetings/" + london(), organiser())).contains("Measures at sea").contains("document-uploader");
    }

    @Test
    void a_researcher_cannot_download_an_organisers_only_document_by_its_id() throws Exception {
        long id = uploaded("/meetings/" + london() + "/documents", "internal.txt",
                "Internal notes: who said what".getBytes(StandardCharsets.UTF_8), "Internal notes", "ORGANISERS");
        MvcResult refused = mvc.perform(get("/documents/" + id).with(researcher())).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(403);
        assertThat(refused.getResponse().getContentAsString()).doesNotContain("who said what");
        assertThat(refused.getResponse().getHeader("Content-Disposition")).isNull();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where kind = 'DOCUMENT_REFUSED' and summary "
                + "like ? and username = 'researcher'", Integer.class, "document #" + id + " %")).isEqualTo(1);
        assertThat(page("/meetings/" + london(), researcher())).doesNotContain("Internal notes");
        assertThat(mvc.perform(get("/documents/" + id).with(organiser())).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        assertThat(mvc.perform(get("/documents/999999999").with(researcher())).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void a_document_published_with_the_report_waits_for_a_published_edition() throws Exception {
        long before = uploaded("/meetings/" + unpublished() + "/documents", "draft-notes.txt",
                "Notes kept until the report".getBytes(StandardCharsets.UTF_8), "Kept until the report",
                "PUBLISHED_WITH_REPORT");
        MvcResult refused = mvc.perform(get("/documents/" + before).with(researcher())).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(403);
        assertThat(refused.getResponse().getContentAsString()).doesNotContain("Notes kept until the report");
        assertThat(page("/meetings/" + unpublished(), researcher())).doesNotContain("Kept until the report");

        long after = uploaded("/meetings/" + london() + "/documents", "published-notes.txt",
                "Notes published with the report".getBytes(StandardCharsets.UTF_8), "Published with the report",
                "PUBLISHED_WITH_REPORT");
        MvcResult allowed = mvc.perform(get("/documents/" + after).with(researcher())).andReturn();
        assertThat(allowed.getResponse().getStatus()).isEqualTo(200);
        assertThat(allowed.getResponse().getContentAsString()).isEqualTo("Notes published with the report");
        // a recommendation of the published meeting: the same
        long recommendation = jdbc.queryForObject("select min(recommendation_id) from recommendation_meeting where "
                + "meeting_id = ?", Long.class, london());
        long evidence = uploaded("/recommendations/" + recommendation + "/documents", "reply.txt",
                "The government's reply".getBytes(StandardCharsets.UTF_8), "Government reply",
                "PUBLISHED_WITH_REPORT");
        assertThat(mvc.perform(get("/documents/" + evidence).with(researcher())).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        assertThat(page("/recommendations/" + recommendation, researcher())).contains("Government reply");
    }

    @Test
    void a_replacement_keeps_the_earlier_version_for_organisers_and_a_deletion_takes_every_byte() throws Exception {
        byte[] first = "First draft of the agenda".getBytes(StandardCharsets.UTF_8);
        byte[] second = "Second draft of the agenda".getBytes(StandardCharsets.UTF_8);
        long id = uploaded("/meetings/" + london() + "/documents", "agenda-v1.txt", first, "Agenda draft",
                "RESEARCHERS");
        long lock = jdbc.queryForObject("select version from document where id = ?", Long.class, id);
        MvcResult replaced = mvc.perform(multipart("/documents/" + id + "/replace")
                .file(new MockMultipartFile("file", "agenda-v2.txt", "text/plain", second))
                .param("lockVersion", String.valueOf(lock)).with(organiser()).with(csrf())).andReturn();
        assertThat(replaced.getFlashMap().get("message")).isEqualTo("document.replaced");
        assertThat(mvc.perform(get("/documents/" + id).with(researcher())).andReturn().getResponse()
                .getContentAsByteArray()).isEqualTo(second);
        assertThat(mvc.perform(get("/documents/" + id + "/versions/1").with(organiser())).andReturn().getResponse()
                .getContentAsByteArray()).isEqualTo(first);
        assertThat(mvc.perform(get("/documents/" + id + "/versions/1").with(researcher())).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        String shown = page("/meetings/" + london(), organiser());
        assertThat(shown).contains("agenda-v1.txt").contains("agenda-v2.txt");
        // when each version came, in the tracker's time zone as every moment is shown (not in UTC)
        for (OffsetDateTime uploaded : jdbc.queryForList("select uploaded_at from document_version where "
                + "document_id = ?", OffsetDateTime.class, id)) {
            assertThat(shown).contains(times.minutes(uploaded));
        }

        // a change from a page shown before the replacement is a conflict, and changes nothing
        MvcResult stale = mvc.perform(post("/documents/" + id + "/access").param("lockVersion", String.valueOf(lock))
                .param("access", "ORGANISERS").with(organiser()).with(csrf())).andReturn();
        assertThat(stale.getResponse().getStatus()).isEqualTo(409);
        assertThat(jdbc.queryForObject("select access_level from document where id = ?", String.class, id))
                .isEqualTo("RESEARCHERS");

        List<String> keys = jdbc.queryForList("select storage_key from document_version where document_id = ?",
                String.class, id);
        long current = jdbc.queryForObject("select version from document where id = ?", Long.class, id);
        mvc.perform(post("/documents/" + id + "/delete").param("lockVersion", String.valueOf(current))
                .with(organiser()).with(csrf()));
        assertThat(jdbc.queryForObject("select count(*) from document where id = ?", Integer.class, id)).isZero();
        for (String key : keys) {
            assertThat(jdbc.queryForObject("select count(*) from document_chunk where storage_key = ?", Integer.class,
                    key)).as("chunks of %s", key).isZero();
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_event where kind = 'DOCUMENT_DELETE' and summary "
                + "like ?", Integer.class, "document #" + id + " %")).isEqualTo(1);
    }

    @Test
    void a_damaged_pdf_shows_failed_and_an_image_no_text() throws Exception {
        long damaged = uploaded("/meetings/" + london() + "/documents", "damaged.pdf", DocumentFiles.damagedPdf(),
                "Damaged paper", "RESEARCHERS");
        long image = uploaded("/meetings/" + london() + "/documents", "photo.png", DocumentFiles.png(), "Photo",
                "RESEARCHERS");
        assertThat(extracted(damaged)).isEqualTo(ExtractionStatus.FAILED);
        assertThat(extracted(image)).isEqualTo(ExtractionStatus.NO_TEXT);
        assertThat(page("/meetings/" + london(), researcher())).contains("Text could not be read: the file is damaged");
    }

    @Test
    void a_russian_pdf_is_found_by_another_form_of_its_word_within_the_readers_access() throws Exception {
        long russian = uploaded("/meetings/" + london() + "/documents", "itogi.pdf",
                DocumentFiles.pdf("Итоги переговоров о снижении военных рисков на море"), "Итоги встречи",
                "RESEARCHERS");
        long internal = uploaded("/meetings/" + london() + "/documents", "internal-ru.txt",
                "Внутренние заметки о переговорах".getBytes(StandardCharsets.UTF_8), "Внутренние заметки",
                "ORGANISERS");
        long script = uploaded("/meetings/" + london() + "/documents", "markup.txt",
                "Переговорами <b onmouseover=alert(1)>закончились</b> & <script>alert(2)</script>".getBytes(
                        StandardCharsets.UTF_8), "<i>Markup</i>", "RESEARCHERS");
        assertThat(extracted(russian)).isEqualTo(ExtractionStatus.DONE);
        assertThat(extracted(internal)).isEqualTo(ExtractionStatus.DONE);
        assertThat(extracted(script)).isEqualTo(ExtractionStatus.DONE);

        String researchers = page("/search?q=переговоры", researcher());
        assertThat(researchers).contains("document-hit-" + russian).contains("<mark>переговоров</mark>")
                .doesNotContain("document-hit-" + internal).doesNotContain("Внутренние заметки")
                // a document's own markup is text, never markup of the page
                .contains("document-hit-" + script).contains("&lt;i&gt;Markup&lt;/i&gt;")
                .doesNotContain("<b onmouseover").doesNotContain("<script>alert(2)").doesNotContain("<i>Markup");
        assertThat(page("/search?q=переговоры", organiser())).contains("document-hit-" + internal);
    }

    @Test
    void a_document_left_waiting_is_extracted_when_the_waiting_ones_are_resumed_as_at_a_start() throws Exception {
        long id = uploaded("/meetings/" + london() + "/documents", "waiting.txt",
                "A brief on deconfliction channels".getBytes(StandardCharsets.UTF_8), "Waiting brief", "RESEARCHERS");
        extracted(id);
        // as if the instance stopped between the upload's commit and the extraction
        jdbc.update("update document set extraction_status = 'PENDING', extracted_text = null where id = ?", id);
        assertThat(extraction.resumePending()).isGreaterThanOrEqualTo(1);
        assertThat(status(id)).isEqualTo("DONE");
        assertThat(page("/search?q=deconfliction", researcher())).contains("document-hit-" + id);
    }

    private String page(String path, RequestPostProcessor who) throws Exception {
        MvcResult result = mvc.perform(get(path).with(who)).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
