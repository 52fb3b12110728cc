package org.dialoguetracker.backup;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;

import org.postgresql.copy.CopyIn;

/**
 * Rows in the text format of PostgreSQL's {@code COPY}, handed to a {@link CopyIn} some 64 kB at a time: values
 * separated by tabs, a row ended by a newline, {@code \N} for null, and the backslash, tab, newline and carriage
 * return inside a value escaped, so that PostgreSQL reads back exactly the text the backup holds (a document chunk's
 * {@code \x…} hex text included).
 */
final class CopyText {

    private static final int FLUSH_AT = 64 * 1024;

    private final CopyIn copy;

    private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 1024);

    CopyText(CopyIn copy) {
        this.copy = copy;
    }

    /** The next value of the row; {@code first} for its first column. */
    void value(boolean first, String value) {
        if (!first) {
            buffer.append('\t');
        }
        if (value == null) {
            buffer.append("\\N");
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                default -> buffer.append(c);
            }
        }
    }

    void endRow() throws SQLException {
        buffer.append('\n');
        if (buffer.length() >= FLUSH_AT) {
            flush();
        }
    }

    void flush() throws SQLException {
        if (buffer.isEmpty()) {
            return;
        }
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }

    /** The text written since the last flush (for tests). */
    String pending() {
        return buffer.toString();
    }
}
