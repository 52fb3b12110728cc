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

import org.springframework.stereotype.Component;

/** Writes the recommendation rows as CSV (commons-csv), in codes for machines, as they stream in. */
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
}
