package org.dialoguetracker.export;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The recommendation exports: the stated columns, Cyrillic intact, formulas neutralised, filters applied. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecommendationExportTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    void aRecommendationWithAFormulaForATitle() {
        jdbc.update("""
                insert into recommendation (reference, title_en, title_ru, addressed_to, feasibility, consensus, status)
                values ('EXPORT-TEST-1', '=HYPERLINK("http://example.org","click")', 'Доверие и безопасность «тест»',
                        'OSCE', 'UNLIKELY', 'MAJORITY', 'STALLED')""");
    }

    @Test
    void the_csv_has_the_stated_header_keeps_cyrillic_and_neutralises_formulas() throws Exception {
        byte[] body = download("/export/recommendations.csv");
        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
        assertThat(records.get(0).getParser().getHeaderNames()).containsExactly("reference", "title_en", "title_ru",
                "topics", "status", "feasibility", "addressed_to", "consensus", "meeting", "meeting_date",
                "open_follow_ups", "updated_at");
        CSVRecord formula = records.stream().filter(r -> r.get("reference").equals("EXPORT-TEST-1")).findFirst().orElseThrow();
        assertThat(formula.get("title_en")).isEqualTo("'=HYPERLINK(\"http://example.org\",\"click\")");
        assertThat(formula.get("title_ru")).isEqualTo("Доверие и безопасность «тест»");
        CSVRecord demo = records.stream().filter(r -> r.get("reference").equals("UKRU-2017-01")).findFirst().orElseThrow();
        assertThat(demo.get("meeting")).contains("London");
        assertThat(demo.get("topics")).contains("nato-russia-council");
        assertThat(demo.get("title_ru")).isEqualTo(jdbc.queryForObject(
                "select title_ru from recommendation where reference = 'UKRU-2017-01'", String.class));
        assertThat(Long.parseLong(demo.get("open_follow_ups"))).isEqualTo(jdbc.queryForObject("""
                select count(*) from follow_up_action f join recommendation r on r.id = f.recommendation_id
                 where r.reference = 'UKRU-2017-01' and f.status in ('OPEN', 'IN_PROGRESS')""", Long.class));
    }

    @Test
    void the_filters_of_the_browse_page_apply() throws Exception {
        String stalled = new String(download("/export/recommendations.csv?status=STALLED&feasibility=UNLIKELY"),
                StandardCharsets.UTF_8);
        assertThat(stalled).contains("EXPORT-TEST-1").doesNotContain("UKRU-2017-04");
        String topic = new String(download("/export/recommendations.csv?topic=mil-to-mil"), StandardCharsets.UTF_8);
        List<String> references = jdbc.queryForList("""
                select distinct r.reference from recommendation r join recommendation_topic rt on rt.recommendation_id = r.id
                  join topic t on t.id = rt.topic_id
                 where (t.slug = 'mil-to-mil' or t.parent_id = (select id from topic where slug = 'mil-to-mil'))
                   and not r.archived""", String.class);
        assertThat(references).isNotEmpty().allSatisfy(reference -> assertThat(topic).contains(reference));
        assertThat(topic).doesNotContain("EXPORT-TEST-1");
        assertThat(new String(download("/export/recommendations.csv?topic=no-such-topic"), StandardCharsets.UTF_8)
                .lines().count()).isEqualTo(1);
    }

    @Test
    void the_xlsx_holds_the_same_rows() throws Exception {
        byte[] body = download("/export/recommendations.xlsx");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(body))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("reference");
            Row formula = rows.stream().filter(r -> "EXPORT-TEST-1".equals(r.getCellText(0))).findFirst().orElseThrow();
            assertThat(formula.getCellText(1)).startsWith("'=HYPERLINK");
            assertThat(formula.getCellText(2)).isEqualTo("Доверие и безопасность «тест»");
            assertThat(rows.size() - 1).isEqualTo(jdbc.queryForObject(
                    "select count(*) from recommendation where not archived", Integer.class));
        }
    }

    @Test
    void bad_filters_get_400_and_exports_are_audited() throws Exception {
        download("/export/recommendations.csv?status=PROPOSED");
        mvc.perform(get("/export/recommendations.csv?status=NOPE").with(user("researcher").roles("RESEARCHER")))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("select count(*) from audit_event where kind = 'EXPORT' and username = 'researcher'",
                Integer.class)).isPositive();
    }

    private byte[] download(String url) throws Exception {
        return mvc.perform(get(url).with(user("researcher").roles("RESEARCHER"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
    }
}
