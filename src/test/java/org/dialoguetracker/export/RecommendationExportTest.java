package org.dialoguetracker.export;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
        long minus = jdbc.queryForObject("""
                insert into recommendation (reference, title_en, title_ru, text_en, text_ru, addressed_to, feasibility,
                                            consensus, status)
                values ('EXPORT-TEST-2', '-5 % of the budget', '-5 % бюджета', '+1 more channel', '@канал связи',
                        'OSCE', 'POSSIBLE', 'CONSENSUS', 'PROPOSED') returning id""", Long.class);
        long institution = jdbc.queryForObject("""
                insert into institution (name_en, name_ru, country, kind)
                values ('Export Institute', 'Институт экспорта', 'GB', 'THINK_TANK') returning id""", Long.class);
        long person = jdbc.queryForObject("""
                insert into participant (name_latin, name_cyrillic, institution_id, side, capacity)
                values ('Ivan Exportov', 'Экспортов Иван', ?, 'UK', 'EXPERT') returning id""", Long.class, institution);
        jdbc.update("""
                insert into follow_up_action (recommendation_id, description_en, description_ru, owner_participant_id,
                                              due_date, status)
                values (?, '=Call the ministry', 'Позвонить в министерство', ?, date '2100-01-01', 'OPEN')""",
                minus, person);
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
    void the_xlsx_holds_the_same_rows_with_labels_in_english_and_texts_as_they_are() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download("/export/recommendations.xlsx?lang=en")))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Recommendations");
            assertThat(texts(sheet.getRow(0))).startsWith("Reference", "Title (English)", "Title (Russian)",
                    "Text (English)", "Text (Russian)", "Topics", "Status", "Feasibility", "Addressed to");
            Row formula = row(sheet, "EXPORT-TEST-1");
            // written as text, exactly: no apostrophe, no quote prefix, no formula
            assertThat(formula.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(formula.getCell(1).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://example.org\",\"click\")");
            assertThat(formula.getCell(1).getCellStyle().getQuotePrefixed()).isFalse();
            assertThat(formula.getCell(2).getStringCellValue()).isEqualTo("Доверие и безопасность «тест»");
            assertThat(texts(formula)).contains("Stalled", "Unlikely", "OSCE", "Majority view");
            Row minus = row(sheet, "EXPORT-TEST-2");
            assertThat(minus.getCell(1).getStringCellValue()).isEqualTo("-5 % of the budget");
            assertThat(minus.getCell(1).getCellStyle().getQuotePrefixed()).isFalse();
            assertThat(minus.getCell(3).getStringCellValue()).isEqualTo("+1 more channel");
            assertThat(minus.getCell(4).getStringCellValue()).isEqualTo("@канал связи");
            assertThat(sheet.getLastRowNum()).isEqualTo(jdbc.queryForObject(
                    "select count(*) from recommendation where not archived", Integer.class));
        }
    }

    @Test
    void the_xlsx_in_russian_has_russian_labels_both_texts_a_follow_up_sheet_a_frozen_heading_and_filters()
            throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download("/export/recommendations.xlsx?lang=ru")))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Рекомендации");
            assertThat(texts(sheet.getRow(0))).startsWith("Код", "Название (английский)", "Название (русский)",
                    "Текст (английский)", "Текст (русский)", "Темы", "Статус");
            Row demo = row(sheet, "UKRU-2017-01");
            Map<String, Object> saved = jdbc.queryForMap(
                    "select title_en, title_ru, text_en, text_ru, status from recommendation where reference = 'UKRU-2017-01'");
            assertThat(demo.getCell(1).getStringCellValue()).isEqualTo(saved.get("title_en"));
            assertThat(demo.getCell(2).getStringCellValue()).isEqualTo(saved.get("title_ru"));
            assertThat(demo.getCell(3).getStringCellValue()).isEqualTo(saved.get("text_en"));
            assertThat(demo.getCell(4).getStringCellValue()).isEqualTo(saved.get("text_ru"));
            assertThat(row(sheet, "EXPORT-TEST-1").getCell(6).getStringCellValue()).isEqualTo("Застопорилась");
            assertThat(texts(row(sheet, "EXPORT-TEST-1"))).contains("Маловероятна", "ОБСЕ").doesNotContain("STALLED",
                    "UNLIKELY", "OSCE", "MAJORITY");
            // a code nowhere among the labels
            assertThat(texts(demo)).doesNotContain(String.valueOf(saved.get("status")));
            assertFrozenAndFiltered(sheet, 14);

            XSSFSheet followUps = workbook.getSheetAt(1);
            assertThat(followUps.getSheetName()).isEqualTo("Последующие действия");
            assertThat(texts(followUps.getRow(0))).startsWith("Рекомендация", "Действие (английский)",
                    "Действие (русский)", "Ответственный", "Срок", "Статус");
            Row action = row(followUps, "EXPORT-TEST-2");
            assertThat(action.getCell(1).getStringCellValue()).isEqualTo("=Call the ministry");
            assertThat(action.getCell(1).getCellStyle().getQuotePrefixed()).isFalse();
            assertThat(action.getCell(2).getStringCellValue()).isEqualTo("Позвонить в министерство");
            // the researcher reads the institution of the person who carries it, never the person's name
            assertThat(action.getCell(3).getStringCellValue()).isEqualTo("Институт экспорта");
            assertThat(action.getCell(5).getStringCellValue()).isEqualTo("Открыто");
            assertThat(followUps.getLastRowNum()).isEqualTo(jdbc.queryForObject("""
                    select count(*) from follow_up_action f join recommendation r on r.id = f.recommendation_id
                     where not r.archived""", Integer.class));
            assertFrozenAndFiltered(followUps, 9);
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(mvc.perform(
                get("/export/recommendations.xlsx?lang=ru").with(user("organiser").roles("ORGANISER")))
                .andReturn().getResponse().getContentAsByteArray()))) {
            assertThat(row(workbook.getSheetAt(1), "EXPORT-TEST-2").getCell(3).getStringCellValue())
                    .isEqualTo("Экспортов Иван");
        }
    }

    private static void assertFrozenAndFiltered(XSSFSheet sheet, int columns) {
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
        assertThat(sheet.getPaneInformation().getVerticalSplitPosition()).isZero();
        assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo(new CellRangeAddress(0,
                sheet.getLastRowNum(), 0, columns - 1).formatAsString());
    }

    private static Row row(XSSFSheet sheet, String reference) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && reference.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError(reference + " is not in " + sheet.getSheetName());
    }

    private static List<String> texts(Row row) {
        List<String> texts = new java.util.ArrayList<>();
        row.forEach(cell -> {
            if (cell.getCellType() == CellType.STRING) {
                texts.add(cell.getStringCellValue());
            }
        });
        return texts;
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
