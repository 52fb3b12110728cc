package org.dialoguetracker.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.dialoguetracker.recommendation.RecommendationQuery;
import org.dialoguetracker.shared.Viewer;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The XLSX of recommendations, for people to read and send on: column headings and values as labels in the
 * reader's language (the CSV keeps the codes, for machines), both languages' titles and texts, and a second sheet
 * with the follow-up actions. Each sheet's heading row is frozen and filtered. Texts are written as text cells,
 * as they are: nothing in an XLSX text cell is evaluated, so nothing is put in front of "=…" or "-5 %" here.
 * Written with POI's streaming workbook: only a window of rows is held in memory, whatever the size.
 */
@Component
class RecommendationWorkbook {

    /** Rows kept in memory per sheet before they go to the temporary file. */
    private static final int WINDOW = 200;

    private static final String[] RECOMMENDATION_COLUMNS = { "reference", "titleEn", "titleRu", "textEn", "textRu",
        "topics", "status", "feasibility", "addressedTo", "consensus", "meeting", "meetingDate", "openFollowUps",
        "updatedAt" };

    private static final int[] RECOMMENDATION_WIDTHS = { 16, 40, 40, 60, 60, 30, 20, 16, 24, 22, 36, 12, 10, 18 };

    private static final String[] FOLLOW_UP_COLUMNS = { "reference", "descriptionEn", "descriptionRu", "owner",
        "dueDate", "status", "completedOn", "completionNote", "overdue" };

    private static final int[] FOLLOW_UP_WIDTHS = { 16, 50, 50, 30, 12, 14, 12, 40, 10 };

    private final RecommendationRows rows;

    private final MessageSource messages;

    RecommendationWorkbook(RecommendationRows rows, MessageSource messages) {
        this.rows = rows;
        this.messages = messages;
    }

    void write(RecommendationQuery query, Locale locale, Viewer viewer, OutputStream out) throws IOException {
        String language = "ru".equals(locale.getLanguage()) ? "ru" : "en";
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        workbook.setCompressTempFiles(true);
        try {
            Styles styles = new Styles(workbook);
            SXSSFSheet recommendations = workbook.createSheet(label("export.sheet.recommendations", locale));
            heading(recommendations, RECOMMENDATION_COLUMNS, RECOMMENDATION_WIDTHS, "export.column.", styles, locale);
            int[] next = { 1 };
            rows.forEachForPeople(query, language, row -> {
                SXSSFRow line = recommendations.createRow(next[0]++);
                text(line, 0, row.reference());
                text(line, 1, row.titleEn());
                text(line, 2, row.titleRu());
                text(line, 3, row.textEn());
                text(line, 4, row.textRu());
                text(line, 5, row.topics());
                text(line, 6, label("recommendation.status." + row.status(), locale));
                text(line, 7, label("feasibility." + row.feasibility(), locale));
                text(line, 8, label("addressedTo." + row.addressedTo(), locale));
                text(line, 9, label("consensus." + row.consensus(), locale));
                text(line, 10, row.meeting());
                date(line, 11, row.meetingDate(), styles.date);
                line.createCell(12).setCellValue(row.openFollowUps());
                if (row.updatedAt() != null) {
                    Cell updated = line.createCell(13);
                    updated.setCellValue(row.updatedAt().atOffset(ZoneOffset.UTC).toLocalDateTime());
                    updated.setCellStyle(styles.time);
                }
            });
            filter(recommendations, next[0], RECOMMENDATION_COLUMNS.length);

            SXSSFSheet followUps = workbook.createSheet(label("export.sheet.followUps", locale));
            heading(followUps, FOLLOW_UP_COLUMNS, FOLLOW_UP_WIDTHS, "export.followUp.column.", styles, locale);
            int[] nextFollowUp = { 1 };
            rows.forEachFollowUp(query, language, viewer.seesEverything(), row -> {
                SXSSFRow line = followUps.createRow(nextFollowUp[0]++);
                text(line, 0, row.reference());
                text(line, 1, row.descriptionEn());
                text(line, 2, row.descriptionRu());
                text(line, 3, row.owner());
                date(line, 4, row.dueDate(), styles.date);
                text(line, 5, label("followUp.status." + row.status(), locale));
                date(line, 6, row.completedOn(), styles.date);
                text(line, 7, row.completionNote());
                text(line, 8, row.overdue() ? label("export.followUp.overdue.yes", locale) : "");
            });
            filter(followUps, nextFollowUp[0], FOLLOW_UP_COLUMNS.length);
            workbook.write(out);
        }
        finally {
            workbook.close();
            workbook.dispose();
        }
    }

    private void heading(SXSSFSheet sheet, String[] columns, int[] widths, String prefix, Styles styles,
            Locale locale) {
        SXSSFRow heading = sheet.createRow(0);
        for (int column = 0; column < columns.length; column++) {
            Cell cell = heading.createCell(column);
            cell.setCellValue(label(prefix + columns[column], locale));
            cell.setCellStyle(styles.heading);
            sheet.setColumnWidth(column, widths[column] * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    /** The autofilter over the heading and every row written; set last, when the number of rows is known. */
    private static void filter(SXSSFSheet sheet, int rowCount, int columnCount) {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rowCount - 1, 0), 0, columnCount - 1));
    }

    /** A text cell with the text as it is; an empty text leaves the cell out. */
    private static void text(SXSSFRow line, int column, String value) {
        if (value != null && !value.isEmpty()) {
            line.createCell(column).setCellValue(value);
        }
    }

    private static void date(SXSSFRow line, int column, LocalDate value, CellStyle style) {
        if (value != null) {
            Cell cell = line.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }
    }

    private String label(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    /** The few cell styles of the workbook, made once (a workbook holds at most 64,000). */
    private static final class Styles {

        final CellStyle heading;

        final CellStyle date;

        final CellStyle time;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            heading = workbook.createCellStyle();
            heading.setFont(bold);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            time = workbook.createCellStyle();
            time.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
        }
    }
}
