package org.dialoguetracker.document;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where documents' bytes are kept, behind one interface so that another store (S3-compatible) can take the place of
 * the PostgreSQL one ({@link PostgresDocumentStore}). Both ways stream: a store reads and hands out a file in pieces,
 * and neither holds a whole file in memory.
 */
public interface DocumentStore {

    /**
     * Reads {@code in} to its end and keeps it, computing its SHA-256 on the way; inside the caller's transaction where
     * the store can take part in one.
     *
     * @param maxSize the most bytes accepted: a longer stream is refused with {@link TooLarge} and nothing is kept
     */
    Stored put(InputStream in, long maxSize) throws IOException;

    /** The bytes kept under this key, read as they are needed. */
    InputStream open(String key);

    /** Forgets the bytes kept under this key; nothing happens for an unknown key. */
    void delete(String key);

    /** What was kept: its key in the store, its size and the SHA-256 of its bytes, in lower-case hex. */
    record Stored(String key, long size, String sha256) {
    }

    /** A stream longer than the store was told to accept. */
    final class TooLarge extends IOException {

        public TooLarge(long maxSize) {
            super("more than " + maxSize + " bytes");
        }
    }
}
