package org.dialoguetracker.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Rows streamed into one table with PostgreSQL's {@code COPY ... FROM STDIN} in CSV form: a null is an empty field,
 * every other value is quoted, so an empty string stays an empty string. One copy at a time per connection.
 */
final class Copy implements AutoCloseable {

    private final Writer out;

    private long rows;

    Copy(Connection connection, String table, String... columns) throws SQLException {
        String sql = "copy " + table + " (" + String.join(", ", columns) + ") from stdin (format csv)";
        PGCopyOutputStream stream = new PGCopyOutputStream(connection.unwrap(PGConnection.class), sql, 1 << 16);
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
    }

    void row(Object... values) {
        try {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                Object value = values[i];
                if (value != null) {
                    out.write('"');
                    out.write(value.toString().replace("\"", "\"\""));
                    out.write('"');
                }
            }
            out.write('\n');
            rows++;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    long rows() {
        return rows;
    }

    /** Ends the copy; PostgreSQL checks the constraints of every row as it arrives, and refuses the lot on the first. */
    @Override
    public void close() throws IOException {
        out.close();
    }
}
