package org.dialoguetracker.imports;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading the file of a bulk status update: what is accepted as it comes, and what is refused with which message. */
class StatusCsvTest {

    @Test
    void the_exports_own_format_is_read_whatever_the_order_of_its_columns() {
        List<CsvLine> lines = StatusCsv.read(bytes("\uFEFFtitle_en,status,reference,updated_at\r\n"
                + "\"Talks, at last\",ADOPTED,UKRU-2017-01,2026-01-01T00:00:00Z\r\n"
                + "'=HYPERLINK(\"x\"),'-STALLED,'=REF-2,\r\n"));
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).line()).isEqualTo(2);
        assertThat(lines.get(0).get("reference")).isEqualTo("UKRU-2017-01");
        assertThat(lines.get(0).get("status")).isEqualTo("ADOPTED");
        assertThat(lines.get(0).cells()).doesNotContainKey("title_en");
        // the apostrophe the export put before a formula character goes; other apostrophes stay
        assertThat(lines.get(1).get("reference")).isEqualTo("=REF-2");
        assertThat(lines.get(1).get("status")).isEqualTo("-STALLED");
        assertThat(StatusCsv.clean(" 'Tis the season ")).isEqualTo("'Tis the season");
        assertThat(lines.get(1).get("note")).isEmpty();
    }

    @Test
    void semicolons_header_spellings_blank_rows_and_cells_over_several_lines_are_understood() {
        List<CsvLine> lines = StatusCsv.read(bytes("Reference;STATUS;Follow-up due;Follow up\n"
                + "A-1;ADOPTED;2031-01-31;\"First line\nsecond line\"\n"
                + ";;;\n"
                + "\n"
                + "A-2;REJECTED;;\n"));
        assertThat(lines).extracting(CsvLine::line).containsExactly(2, 5);
        assertThat(lines.get(0).get("follow_up_due")).isEqualTo("2031-01-31");
        assertThat(lines.get(0).get("follow_up")).isEqualTo("First line\nsecond line");
        assertThat(lines.get(1).get("reference")).isEqualTo("A-2");
    }

    @Test
    void a_file_without_a_required_column_is_refused_naming_the_column() {
        assertRefused(bytes("reference,title_en\r\nA-1,Title\r\n"), "imports.file.missingColumns", "status");
        assertRefused(bytes("title_en\r\nTitle\r\n"), "imports.file.missingColumns", "reference, status");
        assertRefused(bytes("reference,status,Status\r\nA-1,ADOPTED,REJECTED\r\n"), "imports.file.duplicateColumn",
                "status");
    }

    @Test
    void empty_files_files_without_rows_and_files_that_are_not_utf8_or_not_csv_are_refused() {
        assertRefused(new byte[0], "imports.file.empty");
        assertRefused(bytes("\uFEFF  \r\n"), "imports.file.empty");
        assertRefused(bytes("reference,status\r\n,\r\n"), "imports.file.noRows");
        assertRefused("reference,status\r\nA-1,Принята\r\n".getBytes(Charset.forName("windows-1251")),
                "imports.file.notUtf8");
        assertRefused(bytes("reference,status\r\nA-1,ADOPTED\r\n\"A-2,REJECTED\r\n"), "imports.file.notCsv", "3");
    }

    @Test
    void more_rows_than_the_limit_are_refused() {
        StringBuilder file = new StringBuilder("reference,status\n");
        for (int i = 0; i < StatusCsv.MAX_ROWS; i++) {
            file.append("R-").append(i).append(",ADOPTED\n");
        }
        assertThat(StatusCsv.read(bytes(file.toString()))).hasSize(StatusCsv.MAX_ROWS);
        file.append("R-last,ADOPTED\n");
        assertRefused(bytes(file.toString()), "imports.file.tooManyRows", StatusCsv.MAX_ROWS);
    }

    private static void assertRefused(byte[] content, String code, Object... arguments) {
        assertThatThrownBy(() -> StatusCsv.read(content)).isInstanceOfSatisfying(ImportRefused.class, refused -> {
            assertThat(refused.code()).isEqualTo(code);
            assertThat(refused.arguments()).containsExactly(arguments);
        });
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
