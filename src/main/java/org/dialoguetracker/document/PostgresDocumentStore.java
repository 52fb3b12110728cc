package org.dialoguetracker.document;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The documents' bytes in PostgreSQL, in rows of {@link #CHUNK_SIZE} bytes ({@code document_chunk}, V24) under a
 * random key ({@code document_content}). Chunks rather than large objects: they are plain rows, which the JSON backup
 * carries (base-16 text, a row at a time) and restores like any other table, and which a foreign key ties to their
 * content, where a large object lives outside every table and would need a backup of its own.
 *
 * <p>Writing reads one chunk into a buffer and inserts it, so memory holds one chunk whatever the file's size; reading
 * asks for one chunk at a time by its position. Writing takes part in the caller's transaction (the JdbcTemplate finds
 * the transaction's connection): an upload that fails leaves no chunk behind.
 */
public class PostgresDocumentStore implements DocumentStore {

    /** 1 MB: few enough rows for a large file, small enough that a chunk in memory (and in the backup) costs little. */
    public static final int CHUNK_SIZE = 1024 * 1024;

    private final JdbcTemplate jdbc;

    public PostgresDocumentStore(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Override
    public Stored put(InputStream in, long maxSize) throws IOException {
        String key = UUID.randomUUID().toString();
        MessageDigest sha = sha256();
        jdbc.update("insert into document_content (storage_key, size, sha256) values (?, 0, ?)", key, "0".repeat(64));
        byte[] buffer = new byte[CHUNK_SIZE];
        long size = 0;
        int position = 0;
        try (DigestInputStream digesting = new DigestInputStream(in, sha)) {
            while (true) {
                int read = digesting.readNBytes(buffer, 0, CHUNK_SIZE);
                if (read == 0) {
                    break;
                }
                size += read;
                if (size > maxSize) {
                    delete(key);
                    throw new TooLarge(maxSize);
                }
                jdbc.update("insert into document_chunk (storage_key, position, data) values (?, ?, ?)", key,
                        position++, read == CHUNK_SIZE ? buffer : Arrays.copyOf(buffer, read));
            }
        }
        String hash = HexFormat.of().formatHex(sha.digest());
        jdbc.update("update document_content set size = ?, sha256 = ? where storage_key = ?", size, hash, key);
        return new Stored(key, size, hash);
    }

    @Override
    public InputStream open(String key) {
        List<Long> sizes = jdbc.queryForList("select size from document_content where storage_key = ?", Long.class,
                key);
        if (sizes.isEmpty()) {
            throw new IllegalArgumentException("No document content is kept under " + key);
        }
        return new ChunkStream(key);
    }

    @Override
    public void delete(String key) {
        jdbc.update("delete from document_content where storage_key = ?", key);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** The chunks of one content, each read from the database when the one before is used up. */
    private final class ChunkStream extends InputStream {

        private final String key;

        private byte[] chunk = new byte[0];

        private int offset;

        private int next;

        private boolean ended;

        ChunkStream(String key) {
            this.key = key;
        }

        @Override
        public int read() throws IOException {
            if (!fill()) {
                return -1;
            }
            return chunk[offset++] & 0xff;
        }

        @Override
        public int read(byte[] into, int from, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(length, chunk.length - offset);
            System.arraycopy(chunk, offset, into, from, n);
            offset += n;
            return n;
        }

        /** Whether there is a byte to read, fetching the next chunk when this one is used up. */
        private boolean fill() {
            while (!ended && offset == chunk.length) {
                List<byte[]> rows = jdbc.query("select data from document_chunk where storage_key = ? and position = ?",
                        (rs, i) -> rs.getBytes(1), key, next);
                if (rows.isEmpty()) {
                    ended = true;
                    chunk = new byte[0];
                }
                else {
                    chunk = rows.get(0);
                    offset = 0;
                    next++;
                }
            }
            return !ended;
        }
    }
}
