package org.dialoguetracker.imports;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.dialoguetracker.recommendation.RecommendationFixtures;
import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18, item 4: a small file inside every limit must not blow up memory. A file of 19,999 lines naming one
 * reference made every line's message list every other line (memory growing with the square of the file), and the
 * plan then went into the admin's session, which every later request of that session read back.
 */
@IntegrationTest
class HostileImportTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    RecommendationFixtures fixtures;

    @AfterEach
    void archive() {
        if (fixtures != null) {
            fixtures.archiveAll();
        }
        jdbc.update("delete from import_plan where username = 'admin'");
    }

    @Test
    void a_file_naming_one_reference_on_every_line_gets_bounded_messages_and_a_small_plan() throws Exception {
        fixtures = new RecommendationFixtures(jdbc);
        long meeting = fixtures.meeting(fixtures.dialogue(), "Fixture round on hostile imports "
                + RecommendationFixtures.unique(""), LocalDate.of(1999, 6, 1));
        String reference = RecommendationFixtures.unique("HOSTILE");
        fixtures.recommendation(meeting, reference, "One recommendation named on every line", "PROPOSED");
        int lines = StatusCsv.MAX_ROWS - 1;
        StringBuilder csv = new StringBuilder("reference,status\r\n");
        for (int i = 0; i < lines; i++) {
            csv.append(reference).append(",ADOPTED\r\n");
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        assertThat((long) file.length).as("inside the upload limit").isLessThan(ImportUploadForm.MAX_BYTES);

        ImportClient admin = new ImportClient(mvc);
        String preview = admin.preview("hostile.csv", file);

        // every line says it once, naming five other lines and counting the rest
        assertThat(preview).contains("The same reference is on line(s) 3, 4, 5, 6, 7 and 19,993 more lines too");
        // the plan waits in the database, a few hundred kilobytes at most, and not in the session
        Integer planBytes = jdbc.queryForObject("select octet_length(plan) from import_plan where username = 'admin'",
                Integer.class);
        assertThat(planBytes).isLessThan(1024 * 1024);
        // this admin's session, if the import made one at all, not every session of the test database (other tests'
        // sessions are there too, with what they put in theirs)
        Integer largestAttribute = admin.sessionId() == null ? 0 : jdbc.queryForObject("""
                select coalesce(max(octet_length(a.attribute_bytes)), 0) from spring_session_attributes a
                  join spring_session s on s.primary_id = a.session_primary_id where s.session_id = ?""",
                Integer.class, admin.sessionId());
        assertThat(largestAttribute).isLessThan(64 * 1024);
        // a later page of the preview reads the plan back, a line's message as bounded as the first's
        String last = admin.page("/admin/import/preview?page=199");
        assertThat(last).contains("and 19,993 more lines").doesNotContain("19,999, ");
    }

    @Test
    void a_stored_plan_of_an_unknown_class_is_as_if_there_were_none() {
        ImportPlans plans = new ImportPlans(jdbc);
        jdbc.update("insert into import_plan (token, username, file_name, plan) values ('t', 'admin', 'x.csv', ?)",
                (Object) gzippedSerialized(new java.util.concurrent.atomic.AtomicLong(7)));
        assertThat(plans.pending("admin")).isNull();
        assertThat(plans.pending("admin", "t")).isNull();
    }

    private static byte[] gzippedSerialized(java.io.Serializable value) {
        try {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(
                    new java.util.zip.GZIPOutputStream(bytes))) {
                out.writeObject(value);
            }
            return bytes.toByteArray();
        }
        catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }
}
