package org.dialoguetracker.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the CSV file of a bulk status update: the recommendation export as it is (UTF-8 with or without a
 * byte-order mark, a header line, the columns in any order, cells the export guarded against formulas), or as a
 * spreadsheet saved it again (semicolons instead of commas, as Excel writes in a Russian locale). Columns other
 * than those it understands are ignored.
 */
final class StatusCsv {

    static final int MAX_ROWS = 20_000;

    static final String REFERENCE = "reference";

    static final String STATUS = "status";

    static final String NOTE = "note";

    static final String FOLLOW_UP = "follow_up";

    static final String FOLLOW_UP_RU = "follow_up_ru";

    static final String FOLLOW_UP_DUE = "follow_up_due";

    static final List<String> REQUIRED = List.of(REFERENCE, STATUS);

    static final List<String> UNDERSTOOD = List.of(REFERENCE, STATUS, NOTE, FOLLOW_UP, FOLLOW_UP_RU, FOLLOW_UP_DUE);

    private StatusCsv() {
    }

    /**
     * The rows of the file below its header, blank rows left out.
     *
     * @throws ImportRefused if the file cannot be read as such a CSV file
     */
    static List<CsvLine> read(byte[] content) {
        String text = decode(content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new ImportRefused("imports.file.empty");
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(false).get();
        CSVParser parser = null;
        try {
            parser = CSVParser.parse(text, format);
            List<CsvLine> lines = new ArrayList<>();
            Map<String, Integer> columns = null;
            for (CSVRecord record : parser) {
                if (columns == null) {
                    columns = columns(record);
                    continue;
                }
                if (isBlank(record)) {
                    continue;
                }
                if (lines.size() == MAX_ROWS) {
                    throw new ImportRefused("imports.file.tooManyRows", MAX_ROWS);
                }
                lines.add(new CsvLine(Math.toIntExact(record.getRecordNumber()), cells(record, columns)));
            }
            if (lines.isEmpty()) {
                throw new ImportRefused("imports.file.noRows");
            }
            return lines;
        }
        catch (IOException | UncheckedIOException ex) {
            // an opening quote never closed, or a stray quote inside a cell
            throw new ImportRefused("imports.file.notCsv",
                    String.valueOf(parser == null ? 1 : parser.getCurrentLineNumber()));
        }
        finally {
            closeQuietly(parser);
        }
    }

    private static void closeQuietly(CSVParser parser) {
        try {
            if (parser != null) {
                parser.close();
            }
        }
        catch (IOException ex) {
            // a parser over a string holds nothing that could fail to close
        }
    }

    private static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        }
        catch (CharacterCodingException ex) {
            throw new ImportRefused("imports.file.notUtf8");
        }
    }

    /** The separator the header line uses most: a comma as the export writes, else a semicolon or a tab. */
    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        char best = ',';
        long most = header.chars().filter(c -> c == ',').count();
        for (char candidate : new char[] { ';', '\t' }) {
            long count = header.chars().filter(c -> c == candidate).count();
            if (count > most) {
                best = candidate;
                most = count;
            }
        }
        return best;
    }

    /** The position of each column the import understands; the required ones must be there, each once. */
    private static Map<String, Integer> columns(CSVRecord header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = columnName(header.get(i));
            if (UNDERSTOOD.contains(name) && columns.putIfAbsent(name, i) != null) {
                throw new ImportRefused("imports.file.duplicateColumn", name);
            }
        }
        List<String> missing = REQUIRED.stream().filter(name -> !columns.containsKey(name)).toList();
        if (!missing.isEmpty()) {
            throw new ImportRefused("imports.file.missingColumns", String.join(", ", missing));
        }
        return columns;
    }

    /** "Follow up", "FOLLOW-UP" and "follow_up" name the same column. */
    static String columnName(String header) {
        return header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }

    private static Map<String, String> cells(CSVRecord record, Map<String, Integer> columns) {
        Map<String, String> cells = new LinkedHashMap<>();
        columns.forEach((name, index) -> cells.put(name, index < record.size() ? clean(record.get(index)) : ""));
        return cells;
    }

    /** Without surrounding blanks, and without the apostrophe the export puts before = + - @ so they stay text. */
    static String clean(String cell) {
        String text = cell.strip();
        if (text.length() > 1 && text.charAt(0) == '\'' && "=+-@\t\r".indexOf(text.charAt(1)) >= 0) {
            return text.substring(1);
        }
        return text;
    }

    private static boolean isBlank(CSVRecord record) {
        for (String value : record) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
