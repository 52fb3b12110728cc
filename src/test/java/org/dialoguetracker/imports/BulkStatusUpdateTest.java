package org.dialoguetracker.imports;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.dialoguetracker.recommendation.RecommendationFixtures;
import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dialoguetracker.imports.ImportClient.admin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The bulk status update from the export's own CSV: a preview of every line that writes nothing, then every change
 * in one transaction, or none when a line is wrong or a recommendation changed in between.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BulkStatusUpdateTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    RecommendationFixtures fixtures;

    ImportClient admin;

    long dialogue;

    @BeforeAll
    void dialogue() {
        fixtures = new RecommendationFixtures(jdbc);
        dialogue = fixtures.dialogue();
    }

    @BeforeEach
    void newSession() {
        admin = new ImportClient(mvc);
    }

    @AfterEach
    void archive() {
        fixtures.archiveAll();
    }

    @Test
    void the_export_edited_in_two_statuses_and_a_follow_up_is_previewed_then_applied() throws Exception {
        long meeting = meeting();
        String proposed = reference("P");
        String adopted = reference("A");
        String stalled = reference("S");
        long proposedId = fixtures.recommendation(meeting, proposed, "=Start talks on risk reduction", "PROPOSED");
        long adoptedId = fixtures.recommendation(meeting, adopted, "Working group on incidents at sea", "ADOPTED");
        long stalledId = fixtures.recommendation(meeting, stalled, "Hotline between staffs", "STALLED");

        List<CSVRecord> export = export(meeting);
        assertThat(export).extracting(r -> r.get("reference")).containsExactlyInAnyOrder(proposed, adopted, stalled);
        StringWriter edited = new StringWriter();
        edited.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(edited, CSVFormat.RFC4180.builder().get())) {
            List<String> header = new ArrayList<>(export.get(0).getParser().getHeaderNames());
            header.addAll(List.of("note", "follow_up", "follow_up_due"));
            csv.printRecord(header);
            for (CSVRecord row : export) {
                List<String> cells = new ArrayList<>(row.toList());
                String reference = row.get("reference");
                if (reference.equals(proposed)) {
                    cells.set(4, "UNDER_CONSIDERATION");
                    cells.addAll(List.of("Both foreign ministries asked to look at it.", "", ""));
                }
                else if (reference.equals(adopted)) {
                    cells.set(4, "IN_PROGRESS");
                    cells.addAll(List.of("", "", ""));
                }
                else {
                    cells.addAll(List.of("", "Ask both staffs for a contact point", "2031-06-30"));
                }
                csv.printRecord(cells);
            }
        }
        // the export kept the title from running as a formula; the import reads it back as it is, untouched
        assertThat(edited.toString()).contains("'=Start talks");
        int changesBefore = statusChanges(proposedId, adoptedId, stalledId);

        String preview = admin.preview("reviewed-2026.csv", edited.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(preview).contains("Preview of the bulk status update", "reviewed-2026.csv",
                "Nothing has been saved yet.", "Both foreign ministries asked to look at it.",
                "Bulk status update from reviewed-2026.csv", "Ask both staffs for a contact point", "due 2031-06-30",
                "Apply the changes");
        assertThat(summary(preview)).containsExactly("2", "1", "0", "0");
        assertThat(statusOf(proposedId)).isEqualTo("PROPOSED");
        assertThat(statusChanges(proposedId, adoptedId, stalledId)).isEqualTo(changesBefore);
        assertThat(followUps(stalledId)).isZero();

        String done = admin.apply(ImportClient.token(preview), "/admin/import");
        assertThat(done).contains("“reviewed-2026.csv” has been imported: status changes: 2; follow-up actions added: 1;"
                + " lines left unchanged: 0.");

        assertThat(statusOf(proposedId)).isEqualTo("UNDER_CONSIDERATION");
        assertThat(statusOf(adoptedId)).isEqualTo("IN_PROGRESS");
        assertThat(statusOf(stalledId)).isEqualTo("STALLED");
        assertThat(lastChange(proposedId)).containsEntry("from_status", "PROPOSED")
                .containsEntry("to_status", "UNDER_CONSIDERATION")
                .containsEntry("note", "Both foreign ministries asked to look at it.")
                .containsEntry("username", "admin");
        assertThat(lastChange(adoptedId)).containsEntry("from_status", "ADOPTED").containsEntry("to_status", "IN_PROGRESS")
                .containsEntry("note", "Bulk status update from reviewed-2026.csv").containsEntry("username", "admin");
        assertThat(statusChanges(proposedId, adoptedId, stalledId)).isEqualTo(changesBefore + 2);
        assertThat(jdbc.queryForMap("select * from follow_up_action where recommendation_id = ?", stalledId))
                .containsEntry("description_en", "Ask both staffs for a contact point")
                .containsEntry("due_date", java.sql.Date.valueOf("2031-06-30")).containsEntry("status", "OPEN");
        // the apply transaction is one Envers revision by the admin, which the audit trail lists as a change
        assertThat(jdbc.queryForObject("""
                select r.username from recommendation_aud a join revision r on r.id = a.rev
                 where a.id = ? order by a.rev desc limit 1""", String.class, proposedId)).isEqualTo("admin");
        // and the plan is gone from the session: applying it twice is refused
        assertThat(admin.apply(ImportClient.token(preview), "/admin/import"))
                .contains("There is no preview waiting to be applied");
        assertThat(statusChanges(proposedId, adoptedId, stalledId)).isEqualTo(changesBefore + 2);
    }

    @Test
    void a_file_with_one_bad_line_shows_the_line_offers_no_apply_and_a_forced_apply_changes_nothing() throws Exception {
        long meeting = meeting();
        String good = reference("G");
        String rejected = reference("R");
        String typo = reference("T");
        long goodId = fixtures.recommendation(meeting, good, "A fine recommendation", "PROPOSED");
        long rejectedId = fixtures.recommendation(meeting, rejected, "A rejected one", "REJECTED");
        long typoId = fixtures.recommendation(meeting, typo, "A mistyped one", "ADOPTED");
        Map<Long, String> statusesBefore = Map.of(goodId, "PROPOSED", rejectedId, "REJECTED", typoId, "ADOPTED");
        int changesBefore = statusChanges(goodId, rejectedId, typoId);

        String preview = admin.preview("bad.csv", csv(
                "reference,status,note",
                good + ",UNDER_CONSIDERATION,Taken up by the ministries",
                rejected + ",IN_PROGRESS,Work started anyway",
                typo + ",ADOPTED",
                ""));
        assertThat(summary(preview)).containsExactly("1", "0", "1", "1");
        assertThat(lineOf(preview, 3)).contains(rejected, "table-danger",
                "A recommendation with the status “Rejected” cannot move to “In progress”."
                        + " From there it may move to UNDER_CONSIDERATION.");
        assertThat(lineOf(preview, 2)).doesNotContain("table-danger");
        assertThat(preview).contains("Lines with errors: 1 (marked in red).")
                .doesNotContain("Apply the changes").doesNotContain("/admin/import/apply");
        assertThat(admin.apply(ImportClient.token(preview), "/admin/import/preview"))
                .contains("The file has lines with errors, so nothing was imported.");

        String unknownStatus = admin.preview("typo.csv", csv(
                "reference,status",
                good + ",UNDER_CONSIDERATION",
                typo + ",ADOPTD"));
        assertThat(lineOf(unknownStatus, 3)).contains("“ADOPTD” is not a status.");
        assertThat(unknownStatus).doesNotContain("/admin/import/apply");

        // the preview shows no button, but a crafted request with the preview's own token is refused as well
        String token = ImportClient.token(unknownStatus);
        String refused = admin.apply(token, "/admin/import/preview");
        assertThat(refused).contains("The file has lines with errors, so nothing was imported.");
        for (Map.Entry<Long, String> before : statusesBefore.entrySet()) {
            assertThat(statusOf(before.getKey())).isEqualTo(before.getValue());
        }
        assertThat(statusChanges(goodId, rejectedId, typoId)).isEqualTo(changesBefore);
    }

    @Test
    void each_kind_of_bad_line_gets_its_message() throws Exception {
        long meeting = meeting();
        String open = reference("O");
        String archived = reference("X");
        String implemented = reference("I");
        fixtures.recommendation(meeting, open, "Open one", "ADOPTED");
        long archivedId = fixtures.recommendation(meeting, archived, "Archived one", "PROPOSED");
        jdbc.update("update recommendation set archived = true where id = ?", archivedId);
        fixtures.recommendation(meeting, implemented, "Done one", "IMPLEMENTED");

        String preview = admin.preview("mixed.csv", csv(
                "Reference;Status;Follow-up;Follow-up due",
                open + ";In progress;Brief the NRC secretariat;31/12/2031",
                "IMPORT-TEST-NOBODY;ADOPTED;;",
                archived + ";UNDER_CONSIDERATION;;",
                implemented + ";STALLED;;",
                open + ";на рассмотрении;;",
                ";ADOPTED;;",
                implemented + ";;" + "x".repeat(5001) + ";"));
        assertThat(lineOf(preview, 2)).contains("“31/12/2031” is not a date: write the due date as YYYY-MM-DD",
                "The same reference is on line(s) 6 too");
        assertThat(lineOf(preview, 3)).contains("No recommendation has the reference “IMPORT-TEST-NOBODY”.");
        assertThat(lineOf(preview, 4)).contains("This recommendation is archived");
        assertThat(lineOf(preview, 5)).contains("“Implemented” is final");
        assertThat(lineOf(preview, 6)).contains("The same reference is on line(s) 2 too");
        assertThat(lineOf(preview, 7)).contains("No reference.");
        assertThat(lineOf(preview, 8)).contains("No status:", "follow_up: This is too long: at most 5000 characters.");
        assertThat(summary(preview)).containsExactly("0", "0", "0", "7");
        assertThat(admin.page("/admin/import/preview?errorsOnly=true")).contains("Only lines with errors");
    }

    @Test
    void a_recommendation_changed_between_preview_and_apply_aborts_the_whole_import() throws Exception {
        long meeting = meeting();
        String first = reference("F");
        String second = reference("S");
        long firstId = fixtures.recommendation(meeting, first, "First", "PROPOSED");
        long secondId = fixtures.recommendation(meeting, second, "Second", "UNDER_CONSIDERATION");
        String preview = admin.preview("stale.csv", csv(
                "reference,status,follow_up",
                first + ",UNDER_CONSIDERATION,Write to both ministries",
                second + ",ADOPTED,"));
        int changesBefore = statusChanges(firstId, secondId);

        // meanwhile an organiser moves the second one on through its status form
        mvc.perform(post("/recommendations/{id}/status", secondId).with(user("organiser").roles("ORGANISER"))
                        .with(csrf()).param("status", "STALLED").param("note", "Nobody is available this year.")
                        .param("version", String.valueOf(fixtures.version(secondId))))
                .andExpect(status().isFound());

        String page = admin.apply(ImportClient.token(preview), "/admin/import");
        assertThat(page).contains("Recommendation " + second + " (line 3) was changed by someone else after the preview."
                + " Nothing was imported");
        assertThat(statusOf(firstId)).isEqualTo("PROPOSED");
        assertThat(statusOf(secondId)).isEqualTo("STALLED");
        assertThat(statusChanges(firstId, secondId)).isEqualTo(changesBefore + 1);
        assertThat(followUps(firstId)).isZero();
    }

    @Test
    void a_file_that_changes_nothing_offers_nothing_to_apply_and_a_discarded_preview_is_gone() throws Exception {
        long meeting = meeting();
        String same = reference("N");
        fixtures.recommendation(meeting, same, "Unchanged", "ADOPTED");
        String preview = admin.preview("same.csv", csv("reference,status", same + ",adopted"));
        assertThat(summary(preview)).containsExactly("0", "0", "1", "0");
        assertThat(preview).contains("The file changes nothing").doesNotContain("/admin/import/apply");
        assertThat(admin.page("/admin/import")).contains("A preview of “same.csv” is waiting");

        assertThat(admin.discard(ImportClient.token(preview)))
                .contains("The preview was discarded; nothing was imported.").doesNotContain("is waiting");
        assertThat(admin.get("/admin/import/preview").getResponse().getRedirectedUrl()).isEqualTo("/admin/import");
    }

    @Test
    void a_file_of_many_lines_is_applied_whole_in_one_revision() throws Exception {
        long meeting = meeting();
        List<String> lines = new ArrayList<>(List.of("reference,status,follow_up"));
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 450; i++) {
            String reference = reference("M" + i + "-");
            ids.add(fixtures.recommendation(meeting, reference, "Many " + i, "ADOPTED"));
            lines.add(reference + ",IN_PROGRESS," + (i % 3 == 0 ? "Check progress " + i : ""));
        }
        String preview = admin.preview("many.csv", csv(lines.toArray(String[]::new)));
        assertThat(summary(preview)).containsExactly("450", "150", "0", "0");
        Map<String, Long> before = dataVersions();
        assertThat(admin.apply(ImportClient.token(preview), "/admin/import")).contains("status changes: 450;");
        // issue 18: the counters move once for the whole import, not once for each of its 600 writes
        Map<String, Long> after = dataVersions();
        assertThat(after).allSatisfy((counter, value) -> assertThat(value).as(counter).isEqualTo(before.get(counter) + 1));
        Long[] all = ids.toArray(Long[]::new);
        assertThat(jdbc.queryForObject("select count(*) from recommendation where status = 'IN_PROGRESS' and id = any (?)",
                Integer.class, (Object) all)).isEqualTo(450);
        assertThat(jdbc.queryForObject("select count(*) from follow_up_action where recommendation_id = any (?)",
                Integer.class, (Object) all)).isEqualTo(150);
        assertThat(jdbc.queryForObject("select count(distinct rev) from recommendation_aud where id = any (?)"
                + " and status = 'IN_PROGRESS'", Integer.class, (Object) all)).isEqualTo(1);
    }

    private Map<String, Long> dataVersions() {
        Map<String, Long> versions = new java.util.TreeMap<>();
        jdbc.query("select name, version from data_version", rs -> {
            versions.put(rs.getString(1), rs.getLong(2));
        });
        return versions;
    }

    private List<CSVRecord> export(long meeting) throws Exception {
        String text = mvc.perform(get("/export/recommendations.csv?meeting={id}", meeting).with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
    }

    private long meeting() {
        return fixtures.meeting(dialogue, "Fixture round on imports " + RecommendationFixtures.unique(""),
                LocalDate.of(1999, 5, 1));
    }

    private static String reference(String stem) {
        return RecommendationFixtures.unique("IMPORT-TEST-" + stem);
    }

    static byte[] csv(String... lines) {
        return String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    /** The counts of the summary: status changes, follow-ups, unchanged, errors. */
    static List<String> summary(String page) {
        List<String> counts = new ArrayList<>();
        for (String kind : List.of("import-changes", "import-follow-ups", "import-unchanged", "import-errors")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(kind + "\">(\\d+)<").matcher(page);
            assertThat(m.find()).as(kind).isTrue();
            counts.add(m.group(1));
        }
        return counts;
    }

    /** The table row of the preview for this line of the file. */
    static String lineOf(String page, int line) {
        int start = page.indexOf("id=\"line-" + line + "\"");
        assertThat(start).as("line %s in the preview", line).isPositive();
        return page.substring(page.lastIndexOf("<tr", start), page.indexOf("</tr>", start));
    }

    private String statusOf(long id) {
        return jdbc.queryForObject("select status from recommendation where id = ?", String.class, id);
    }

    private int statusChanges(Long... ids) {
        return jdbc.queryForObject("select count(*) from recommendation_status_change where recommendation_id = any (?)",
                Integer.class, (Object) ids);
    }

    private int followUps(long id) {
        return fixtures.count("select count(*) from follow_up_action where recommendation_id = ?", id);
    }

    private Map<String, Object> lastChange(long id) {
        return jdbc.queryForMap("""
                select c.from_status, c.to_status, c.note, u.username from recommendation_status_change c
                  left join app_user u on u.id = c.changed_by_id
                 where c.recommendation_id = ? order by c.changed_at desc, c.id desc limit 1""", id);
    }
}
