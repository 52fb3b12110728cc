package org.dialoguetracker.backup;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.postgresql.copy.CopyIn;

import static org.assertj.core.api.Assertions.assertThat;

/** The rows of a restore in COPY's text format: each value comes back as the backup holds it. */
class CopyTextTest {

    @Test
    void escapes_what_copy_reads_as_separators_and_writes_null_as_its_marker() throws Exception {
        Recorded copy = new Recorded();
        CopyText rows = new CopyText(copy.in());
        rows.value(true, "a\tb\nc\r\\d");
        rows.value(false, null);
        rows.value(false, "");
        rows.value(false, "\\x00ff");
        rows.value(false, "«переговоры» \"quoted\"");
        rows.endRow();
        rows.flush();
        assertThat(copy.text()).isEqualTo("a\\tb\\nc\\r\\\\d\t\\N\t\t\\\\x00ff\t«переговоры» \"quoted\"\n");
    }

    @Test
    void hands_rows_over_in_pieces_of_about_64_kilobytes_not_all_at_the_end() throws Exception {
        Recorded copy = new Recorded();
        CopyText rows = new CopyText(copy.in());
        String value = "x".repeat(1000);
        for (int i = 0; i < 200; i++) {
            rows.value(true, value);
            rows.endRow();
        }
        assertThat(copy.writes).as("pieces written while the rows came").hasSizeGreaterThanOrEqualTo(2);
        assertThat(copy.writes).allSatisfy(piece -> assertThat(piece.length).isLessThan(70 * 1024));
        rows.flush();
        assertThat(copy.text()).hasSize(200 * 1001);
    }

    /** A CopyIn that keeps what it is given. */
    static final class Recorded {

        final List<byte[]> writes = new ArrayList<>();

        CopyIn in() {
            return (CopyIn) java.lang.reflect.Proxy.newProxyInstance(CopyIn.class.getClassLoader(),
                    new Class<?>[] { CopyIn.class }, (proxy, method, args) -> {
                        if (method.getName().equals("writeToCopy") && args.length == 3 && args[0] instanceof byte[]) {
                            byte[] bytes = (byte[]) args[0];
                            int offset = (Integer) args[1];
                            int length = (Integer) args[2];
                            writes.add(java.util.Arrays.copyOfRange(bytes, offset, offset + length));
                            return null;
                        }
                        throw new UnsupportedOperationException(method.getName());
                    });
        }

        String text() {
            StringBuilder all = new StringBuilder();
            for (byte[] piece : writes) {
                all.append(new String(piece, StandardCharsets.UTF_8));
            }
            return all.toString();
        }
    }
}
