package org.dialoguetracker.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Prints a {@link ReportDocument}: as XHTML ({@code reports/edition.html}), as PDF (openhtmltopdf, DejaVu Sans
 * embedded) and as DOCX (Apache POI XWPF), with the same content and headings: a title page (with the edition's
 * number, publication and sign-offs, or the mark of a draft), then each section under its heading. Passages that
 * fall back to the other language are italic and followed by the same "EN"/"RU" label as on the web; each
 * institution is named in full at its first mention in print order ({@link FirstMentions}).
 */
@Component
public class EditionRenderer {

    private static final String STYLESHEET = Pdf.read("/static/css/edition.css");

    /** Word's built-in style ids, defined in the document so that an editor can restyle them. */
    static final String TITLE = "Title";

    static final String HEADING_1 = "Heading1";

    static final String HEADING_2 = "Heading2";

    private final ITemplateEngine templates;

    private final MessageSource messages;

    public EditionRenderer(ITemplateEngine templates, MessageSource messages) {
        this.templates = templates;
        this.messages = messages;
    }

    /** The document as the template prints it: the title page and each section as safe HTML. */
    public record Printed(ReportDocument document, String titleHtml, boolean titleFallsBack,
            List<PrintedSection> sections, String otherLanguage) {
    }

    /** A section other than the title page, its body as safe HTML. */
    public record PrintedSection(ReportDocument.Section section, String html) {
    }

    /**
     * What {@code reports/edition.html} (and its fragment {@code document}, for a page in the layout) prints, under
     * the model name {@code printed}; first mentions are counted in print order.
     */
    public Printed printed(ReportDocument document) {
        FirstMentions mentions = new FirstMentions(document.institutions());
        String language = document.language();
        String titleHtml = null;
        boolean titleFallsBack = false;
        List<PrintedSection> sections = new ArrayList<>();
        for (ReportDocument.Section section : document.sections()) {
            String html = ReportText.html(section.body(), language, mentions);
            if (section.kind() == SectionKind.TITLE) {
                titleHtml = html.isEmpty() ? null : html;
                titleFallsBack = section.fallsBack();
            }
            else {
                sections.add(new PrintedSection(section, html));
            }
        }
        return new Printed(document, titleHtml, titleFallsBack, sections, other(language));
    }

    /** The document as a page: for the browser it links its stylesheet, for the PDF renderer it embeds it. */
    public String html(ReportDocument document, boolean forBrowser) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("printed", printed(document));
        variables.put("stylesheet", forBrowser ? null : STYLESHEET);
        return templates.process("reports/edition", new Context(locale(document.language()), variables));
    }

    public byte[] pdf(ReportDocument document) {
        return Pdf.render(html(document, false), "Could not render the report edition");
    }

    public byte[] docx(ReportDocument document) {
        try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new Docx(docx, document).write();
            docx.write(out);
            return out.toByteArray();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not write the report edition as DOCX", ex);
        }
    }

    private static String other(String language) {
        return "ru".equals(language) ? "en" : "ru";
    }

    private static Locale locale(String language) {
        return Locale.forLanguageTag("ru".equals(language) ? "ru" : "en");
    }

    /** One DOCX being written: the same order and first mentions as the PDF. */
    private final class Docx {

        private final XWPFDocument docx;

        private final ReportDocument document;

        private final Locale locale;

        private final FirstMentions mentions;

        private BigInteger bullets;

        private boolean pageBreakBefore;

        Docx(XWPFDocument docx, ReportDocument document) {
            this.docx = docx;
            this.document = document;
            this.locale = locale(document.language());
            this.mentions = new FirstMentions(document.institutions());
        }

        void write() {
            styles();
            docx.getProperties().getCoreProperties().setTitle(document.title());
            ReportDocument.Section title = document.sections().stream()
                    .filter(section -> section.kind() == SectionKind.TITLE).findFirst().orElse(null);
            titlePage(title);
            pageBreakBefore = true;
            for (ReportDocument.Section section : document.sections()) {
                if (section.kind() == SectionKind.TITLE) {
                    continue;
                }
                XWPFParagraph heading = paragraph(HEADING_1);
                heading.createRun().setText(section.heading());
                if (section.fallsBack()) {
                    fallbackNote();
                }
                blocks(ReportText.parse(section.body()), HEADING_2, false);
            }
        }

        private void titlePage(ReportDocument.Section title) {
            if (title != null && title.fallsBack()) {
                fallbackNote();
            }
            List<ReportText.Block> blocks = title == null ? List.of() : ReportText.parse(title.body());
            if (blocks.isEmpty() || !(blocks.get(0) instanceof ReportText.Heading)) {
                paragraph(TITLE).createRun().setText(document.title());
            }
            blocks(blocks, HEADING_2, true);
            ReportDocument.Edition edition = document.edition();
            if (edition == null) {
                XWPFRun draft = paragraph(null).createRun();
                draft.setBold(true);
                draft.setText(message("report.edition.draft"));
                return;
            }
            XWPFRun number = paragraph(null).createRun();
            number.setBold(true);
            number.setText(message("report.edition.number", edition.number()));
            paragraph(null).createRun().setText(message("report.edition.published", date(edition.publishedOn()),
                    edition.publishedBy()));
            if (!edition.signatures().isEmpty()) {
                paragraph(null).createRun().setText(message("report.edition.signatures"));
                for (ReportDocument.Signature signature : edition.signatures()) {
                    bullet().createRun().setText(message("report.edition.signature", signature.side(),
                            signature.name(), date(signature.signedOn())));
                }
            }
            if (edition.changeNote() != null && !edition.changeNote().isBlank()) {
                XWPFRun label = paragraph(null).createRun();
                label.setBold(true);
                label.setText(message("report.edition.changeNote"));
                XWPFParagraph note = paragraph(null);
                lines(note.createRun(), edition.changeNote());
            }
        }

        /** The blocks of a body; on the title page its first heading is the document's title. */
        private void blocks(List<ReportText.Block> blocks, String headingStyle, boolean titlePage) {
            boolean first = true;
            for (ReportText.Block block : blocks) {
                if (block instanceof ReportText.Heading heading) {
                    runs(paragraph(titlePage && first ? TITLE : headingStyle), heading.runs());
                }
                else if (block instanceof ReportText.Paragraph text) {
                    runs(paragraph(null), text.runs());
                }
                else if (block instanceof ReportText.BulletList list) {
                    list.items().forEach(item -> runs(bullet(), item));
                }
                first = false;
            }
        }

        private void runs(XWPFParagraph paragraph, List<ReportText.Run> runs) {
            for (ReportText.Run run : runs) {
                XWPFRun text = paragraph.createRun();
                lines(text, mentions.apply(run.text()));
                if (run.fallsBack()) {
                    text.setItalic(true);
                    text.setLang(run.fallbackLanguage());
                    badge(paragraph, run.fallbackLanguage());
                }
            }
        }

        /** A note above a section shown whole in the other language, as pages put it above such a text. */
        private void fallbackNote() {
            String shown = other(document.language());
            XWPFParagraph note = paragraph(null);
            badge(note, shown);
            XWPFRun words = note.createRun();
            words.setItalic(true);
            words.setFontSize(9);
            words.setText(" " + FallbackLabel.of(shown, locale));
        }

        /** The "EN"/"RU" label pages show after a text in the other language: bold, small, on yellow. */
        private void badge(XWPFParagraph paragraph, String shownLanguage) {
            XWPFRun badge = paragraph.createRun();
            badge.setText(" " + shownLanguage.toUpperCase(Locale.ROOT) + " ");
            badge.setBold(true);
            badge.setFontSize(7);
            badge.setTextHighlightColor("yellow");
        }

        private void lines(XWPFRun run, String text) {
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    run.addBreak();
                }
                run.setText(lines[i], i);
            }
        }

        private XWPFParagraph paragraph(String style) {
            XWPFParagraph paragraph = docx.createParagraph();
            if (style != null) {
                paragraph.setStyle(style);
            }
            if (pageBreakBefore) {
                // The page break goes before the first section, never after the last paragraph: no blank last page.
                paragraph.setPageBreak(true);
                pageBreakBefore = false;
            }
            return paragraph;
        }

        private XWPFParagraph bullet() {
            XWPFParagraph paragraph = paragraph(null);
            paragraph.setNumID(bullets());
            return paragraph;
        }

        private BigInteger bullets() {
            if (bullets == null) {
                CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
                definition.setAbstractNumId(BigInteger.ONE);
                CTLvl level = definition.addNewLvl();
                level.setIlvl(BigInteger.ZERO);
                level.addNewNumFmt().setVal(STNumberFormat.BULLET);
                level.addNewLvlText().setVal("•");
                level.addNewStart().setVal(BigInteger.ONE);
                level.addNewPPr().addNewInd().setLeft(BigInteger.valueOf(720));
                level.getPPr().getInd().setHanging(BigInteger.valueOf(360));
                XWPFNumbering numbering = docx.createNumbering();
                bullets = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(definition)));
            }
            return bullets;
        }

        /** Title, Heading 1 and Heading 2 as Word's own styles, so that Word's navigation and restyling work. */
        private void styles() {
            XWPFStyles styles = docx.createStyles();
            styles.setSpellingLanguage("ru".equals(document.language()) ? "ru-RU" : "en-GB");
            normal(styles);
            style(styles, TITLE, "Title", null, 28);
            style(styles, HEADING_1, "heading 1", 0, 16);
            style(styles, HEADING_2, "heading 2", 1, 13);
        }

        /** The default paragraph style the others are based on: 10.5 points, 6 points after each paragraph. */
        private void normal(XWPFStyles styles) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId("Normal");
            style.setType(STStyleType.PARAGRAPH);
            style.setDefault(true);
            style.addNewName().setVal("Normal");
            style.addNewQFormat();
            style.addNewPPr().addNewSpacing().setAfter(BigInteger.valueOf(120));
            style.addNewRPr().addNewSz().setVal(BigInteger.valueOf(21));
            styles.addStyle(new XWPFStyle(style));
        }

        private void style(XWPFStyles styles, String id, String name, Integer outlineLevel, int points) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId(id);
            style.setType(STStyleType.PARAGRAPH);
            style.addNewName().setVal(name);
            style.addNewBasedOn().setVal("Normal");
            style.addNewNext().setVal("Normal");
            style.addNewQFormat();
            CTPPrGeneral paragraph = style.addNewPPr();
            paragraph.addNewKeepNext();
            paragraph.addNewSpacing().setBefore(BigInteger.valueOf(outlineLevel == null ? 0 : 240));
            if (outlineLevel != null) {
                paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
            }
            CTRPr run = style.addNewRPr();
            run.addNewB();
            run.addNewSz().setVal(BigInteger.valueOf(points * 2L));
            styles.addStyle(new XWPFStyle(style));
        }

        private String date(LocalDate date) {
            return date == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
        }

        private String message(String key, Object... args) {
            return messages.getMessage(key, args, locale);
        }
    }
}
