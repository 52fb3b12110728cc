package org.dialoguetracker.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;

import org.dialoguetracker.recommendation.RecommendationQuery;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.stereotype.Component;

/** Writes the recommendation rows as CSV (commons-csv) or XLSX (fastexcel), as they stream in. */
@Component
class RecommendationExports {

    private final RecommendationRows rows;

    RecommendationExports(RecommendationRows rows) {
        this.rows = rows;
    }

    /** UTF-8 with a byte-order mark, so that Excel reads Cyrillic as Cyrillic; RFC 4180 quoting. */
    void csv(RecommendationQuery query, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(ExportRow.HEADER).get())) {
            rows.forEach(query, row -> {
                try {
                    csv.printRecord(Cells.safe(row.reference()), Cells.safe(row.titleEn()), Cells.safe(row.titleRu()),
                            Cells.safe(row.topics()), row.status(), row.feasibility(), row.addressedTo(),
                            row.consensus(), Cells.safe(row.meeting()),
                            row.meetingDate() == null ? "" : row.meetingDate().toString(), row.openFollowUps(),
                            row.updatedAt() == null ? "" : DateTimeFormatter.ISO_INSTANT.format(row.updatedAt()));
                }
                catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            });
        }
    }

    void xlsx(RecommendationQuery query, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Dialogue Tracker", "1.0");
        Worksheet sheet = workbook.newWorksheet("Recommendations");
        for (int column = 0; column < ExportRow.HEADER.length; column++) {
            sheet.value(0, column, ExportRow.HEADER[column]);
            sheet.style(0, column).bold().set();
        }
        int[] next = { 1 };
        rows.forEach(query, row -> {
            int r = next[0]++;
            sheet.value(r, 0, Cells.safe(row.reference()));
            sheet.value(r, 1, Cells.safe(row.titleEn()));
            sheet.value(r, 2, Cells.safe(row.titleRu()));
            sheet.value(r, 3, Cells.safe(row.topics()));
            sheet.value(r, 4, row.status());
            sheet.value(r, 5, row.feasibility());
            sheet.value(r, 6, row.addressedTo());
            sheet.value(r, 7, row.consensus());
            sheet.value(r, 8, Cells.safe(row.meeting()));
            if (row.meetingDate() != null) {
                sheet.value(r, 9, row.meetingDate());
                sheet.style(r, 9).format("yyyy-mm-dd").set();
            }
            sheet.value(r, 10, row.openFollowUps());
            if (row.updatedAt() != null) {
                sheet.value(r, 11, DateTimeFormatter.ISO_INSTANT.format(row.updatedAt()));
            }
            if (r % 1000 == 0) {
                try {
                    sheet.flush();
                }
                catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            }
        });
        workbook.finish();
    }
}
