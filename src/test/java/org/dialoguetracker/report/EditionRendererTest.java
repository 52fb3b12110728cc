package org.dialoguetracker.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.dialoguetracker.shared.Bilingual;
import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** A report document printed as PDF and DOCX: what PDFBox and POI read back from them. */
@IntegrationTest
class EditionRendererTest {

    private static final List<ReportDocument.InstitutionName> RUSI = List.of(
            new ReportDocument.InstitutionName("Royal United Services Institute", "RUSI"),
            new ReportDocument.InstitutionName("Russian International Affairs Council", "RIAC"));

    @Autowired
    ReportGenerator generator;

    @Autowired
    ReportDocuments documents;

    @Autowired
    EditionRenderer renderer;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_russian_edition_of_london_reads_in_russian_in_pdf_and_docx() throws IOException {
        Long london = jdbc.queryForObject("select id from meeting where city_en = 'London'", Long.class);
        Map<SectionKind, Bilingual> texts = generator.generate(london, KeyPointGrouping.BY_SESSION);
        ReportDocument russian = documents.document(london, "ru", texts, edition());
        String titleRu = jdbc.queryForObject("select title_ru from meeting where id = ?", String.class, london);

        for (String text : List.of(pdfText(renderer.pdf(russian)), docxText(renderer.docx(russian)))) {
            assertThat(flat(text)).contains(flat(titleRu)).contains("Ключевые тезисы дискуссии").contains("Рекомендации")
                    .contains("Британский участник").contains("Издание 2").contains("Утвердили")
                    .contains("Российская сторона: Мария Петрова").contains("Исправлена опечатка.")
                    .contains("Доклад о встрече")
                    // RIAC's Russian short name at its first mention, in full
                    .contains("Российский совет по международным делам (РСМД)")
                    .doesNotContain("??").doesNotContain("report.");
        }
        XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(renderer.docx(russian)));
        assertThat(docx.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle())).map(XWPFParagraph::getText))
                .containsExactly("Участники", "Краткое изложение", "Ключевые тезисы дискуссии", "Рекомендации");
        assertThat(docx.getParagraphs().stream().filter(p -> "Heading2".equals(p.getStyle())).map(XWPFParagraph::getText))
                .contains(jdbc.queryForObject("select title_ru from agenda_item where meeting_id = ? and position = 0",
                        String.class, london));
        assertThat(docx.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
        assertThat(docx.getParagraphs().stream().filter(p -> "Title".equals(p.getStyle())).map(XWPFParagraph::getText))
                .containsExactly(titleRu);
    }

    @Test
    void the_english_edition_reads_in_english() throws IOException {
        Long moscow = jdbc.queryForObject("select id from meeting where city_en = 'Moscow'", Long.class);
        ReportDocument english = documents.document(moscow, "en",
                generator.generate(moscow, KeyPointGrouping.BY_TOPIC), null);
        for (String text : List.of(pdfText(renderer.pdf(english)), docxText(renderer.docx(english)))) {
            assertThat(flat(text)).contains("UK–Russia Security Dialogue: Moscow meeting")
                    .contains("Key points of the discussion").contains("The Russian side:")
                    .contains("Draft: not yet published").doesNotContainPattern("\\p{IsCyrillic}");
        }
    }

    @Test
    void a_fallback_is_marked_in_pdf_and_docx_as_on_the_web() throws IOException {
        Map<SectionKind, Bilingual> texts = new EnumMap<>(SectionKind.class);
        texts.put(SectionKind.TITLE, new Bilingual("## Fallback test", "## Проверка"));
        texts.put(SectionKind.SUMMARY, new Bilingual("Only written in English.", null));
        texts.put(SectionKind.KEY_POINTS, new Bilingual("- A point", "- Британский участник: [en]untranslated point[/en]"));
        ReportDocument russian = documents.document("ru", "Проверка", texts, List.of(), null);
        assertThat(russian.sections()).extracting(ReportDocument.Section::kind)
                .containsExactly(SectionKind.TITLE, SectionKind.INSTITUTIONS, SectionKind.SUMMARY,
                        SectionKind.KEY_POINTS, SectionKind.RECOMMENDATIONS);
        assertThat(russian.sections().get(2).fallsBack()).isTrue();
        assertThat(russian.sections().get(3).fallsBack()).isFalse();

        String label = "Нет на этом языке: показано на EN";
        String pdf = flat(pdfText(renderer.pdf(russian)));
        assertThat(pdf).contains("EN " + label + " Only written in English.")
                .contains("Британский участник: untranslated point EN");
        String docx = flat(docxText(renderer.docx(russian)));
        assertThat(docx).contains("EN " + label).contains("Only written in English.")
                .contains("Британский участник: untranslated point EN");
        XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(renderer.docx(russian)));
        XWPFRun passage = word.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                .filter(run -> "untranslated point".equals(run.text())).findFirst().orElseThrow();
        assertThat(passage.isItalic()).isTrue();
        assertThat(renderer.html(russian, true)).contains("<em class=\"fallback-passage\" lang=\"en\">untranslated point</em>")
                .contains("lang-fallback").containsPattern("<link rel=\"stylesheet\" href=\"/css/edition-[0-9a-f]{32}\\.css\"/>");
    }

    @Test
    void nothing_a_user_typed_is_markup_in_the_page_or_the_pdf() throws IOException {
        String attack = "<script>alert(1)</script>\"'><img src=x onerror=alert(2)>";
        Map<SectionKind, Bilingual> texts = new EnumMap<>(SectionKind.class);
        texts.put(SectionKind.TITLE, new Bilingual("## " + attack, null));
        texts.put(SectionKind.FOREWORD, new Bilingual("- [en]" + attack + "[/en]\n- " + attack, null));
        ReportDocument document = documents.document("en", attack, texts, List.of(new ReportDocument.InstitutionName(
                attack, "RUSI")), new ReportDocument.Edition(3, LocalDate.of(2026, 12, 1), attack,
                        List.of(new ReportDocument.Signature(attack, attack, LocalDate.of(2026, 12, 1))), attack));
        String html = renderer.html(document, true);
        assertThat(html).doesNotContain("<script").doesNotContain("<img").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(flat(pdfText(renderer.pdf(document)))).contains("<script>alert(1)</script>");
        assertThat(flat(docxText(renderer.docx(document)))).contains("<script>alert(1)</script>");
    }

    @Test
    void an_institution_is_named_in_full_at_its_first_mention_only_in_pdf_and_docx() throws IOException {
        Map<SectionKind, Bilingual> texts = new EnumMap<>(SectionKind.class);
        texts.put(SectionKind.TITLE, new Bilingual("## Mentions\n\nOrganised by RUSI.", null));
        texts.put(SectionKind.FOREWORD, new Bilingual("RUSI and RIAC wrote this foreword; RUSI edited it.", null));
        texts.put(SectionKind.SUMMARY, new Bilingual("- RUSI again\n- The Russian International Affairs Council and RIAC", null));
        ReportDocument document = documents.document("en", "Mentions", texts, RUSI, null);
        for (String text : List.of(flat(pdfText(renderer.pdf(document))), flat(docxText(renderer.docx(document))))) {
            assertThat(count(text, "Royal United Services Institute (RUSI)")).isOne();
            assertThat(count(text, "RUSI")).isEqualTo(4);
            assertThat(text).contains("Organised by Royal United Services Institute (RUSI).")
                    .contains("Russian International Affairs Council (RIAC) wrote this foreword; RUSI edited it.")
                    .contains("The Russian International Affairs Council and RIAC");
        }
    }

    @Test
    void no_page_is_blank_not_even_when_the_text_ends_at_a_page_break() throws IOException {
        for (String separator : List.of("\n\n", "\n- ")) {
            // the first length of text that needs one page more: where the text ends right at a page's end
            int fits = 20;
            int needsMore = 90;
            int pages = pages(separator, fits);
            assertThat(pages(separator, needsMore)).isGreaterThan(pages);
            while (needsMore - fits > 1) {
                int middle = (fits + needsMore) / 2;
                if (pages(separator, middle) > pages) {
                    needsMore = middle;
                }
                else {
                    fits = middle;
                }
            }
            pages(separator, needsMore + 1);
        }
    }

    /**
     * Renders a text of {@code blocks} paragraphs or list items as the last section, checks that every page holds
     * text and the last one the end of the text, and answers how many pages it took.
     */
    private int pages(String separator, int blocks) throws IOException {
        StringBuilder body = new StringBuilder(separator.endsWith("- ") ? "- " : "");
        for (int i = 1; i <= blocks; i++) {
            body.append(i == 1 ? "" : separator).append("Paragraph ").append(i).append(" of the recommendations.");
        }
        Map<SectionKind, Bilingual> texts = new EnumMap<>(SectionKind.class);
        texts.put(SectionKind.TITLE, new Bilingual("## Page breaks", null));
        texts.put(SectionKind.RECOMMENDATIONS, new Bilingual(body.toString(), null));
        byte[] pdf = renderer.pdf(documents.document("en", "Page breaks", texts, List.of(), null));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            for (int page = 1; page <= pages; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                // the page number ("2 / 3") does not count as text
                assertThat(stripper.getText(document).replaceAll("[\\d/\\s]", ""))
                        .as("page %d of %d with %d blocks split by %s", page, pages, blocks, separator.strip())
                        .isNotEmpty();
            }
            assertThat(lastPage(document)).as("the end of the text is on the last page")
                    .contains("Paragraph " + blocks + " of");
            return pages;
        }
    }

    private static ReportDocument.Edition edition() {
        return new ReportDocument.Edition(2, LocalDate.of(2026, 12, 1), "Организатор",
                List.of(new ReportDocument.Signature("Британская сторона", "Oliver Organiser", LocalDate.of(2026, 11, 28)),
                        new ReportDocument.Signature("Российская сторона", "Мария Петрова", LocalDate.of(2026, 11, 30))),
                "Исправлена опечатка.");
    }

    private static String lastPage(PDDocument document) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(document.getNumberOfPages());
        return stripper.getText(document);
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String docxText(byte[] docx) throws IOException {
        try (XWPFWordExtractor extractor = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
            return extractor.getText();
        }
    }

    /** Whitespace (line breaks of the PDF's lines among it) as single spaces. */
    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static int count(String text, String word) {
        Matcher matcher = Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(word) + "(?![\\p{L}\\d])").matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
