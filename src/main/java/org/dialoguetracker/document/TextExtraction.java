package org.dialoguetracker.document;

import java.io.InputStream;
import java.util.Optional;

import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TemporaryResources;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Extracts a document's text for the search, in the background, never in the upload's request: Tika's
 * {@link AutoDetectParser} on the stored bytes, streamed from the store, at most {@link #MAX_CHARACTERS} characters kept.
 * Whatever goes wrong (a damaged or encrypted file, a zip bomb, a parser's own failure) ends as FAILED with the reason,
 * never as an error of the app; an image or a file without words as NO_TEXT.
 *
 * <p>The document's status in the database is the queue: an upload's {@link DocumentUploaded}, handled once its
 * transaction has committed, hands the document to this component's own two threads (so that extractions neither take
 * every thread of the application's executor nor hold a database transaction while Tika reads), and at every start
 * the documents still PENDING (an instance stopped while they waited or were read) are handed to them again. Two
 * instances that both extract one document write the same result.
 */
@Component
class TextExtraction implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TextExtraction.class);

    /** The most characters of text kept from one document (about 500 pages); the rest is left out of the search. */
    static final int MAX_CHARACTERS = 1_000_000;

    private final DocumentRepository documents;

    private final DocumentStore store;

    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

    /** Built when first needed: finding every parser takes a second or two. */
    private volatile AutoDetectParser parser;

    TextExtraction(DocumentRepository documents, DocumentStore store) {
        this.documents = documents;
        this.store = store;
        executor.setCorePoolSize(2);
        executor.setMaxPoolSize(2);
        executor.setThreadNamePrefix("document-text-");
        executor.setWaitForTasksToCompleteOnShutdown(false);
        executor.initialize();
    }

    @ApplicationModuleListener
    void on(DocumentUploaded uploaded) {
        executor.execute(() -> safely(() -> extract(uploaded.documentId(), uploaded.version())));
    }

    /** At start, the documents left PENDING are extracted again, in the background. */
    @EventListener(ApplicationReadyEvent.class)
    void resumeAtStart() {
        executor.execute(() -> safely(this::resumePending));
    }

    /** Runs work on the extraction's threads: a failure (the database out of reach) leaves the document PENDING. */
    private static void safely(Runnable work) {
        try {
            work.run();
        }
        catch (RuntimeException failure) {
            log.warn("A document's text extraction could not finish; it stays waiting until the next start", failure);
        }
    }

    /** Extracts every document still waiting for its text; how many. */
    int resumePending() {
        int resumed = 0;
        for (Long id : documents.pending()) {
            Optional<DocumentRepository.Row> row = documents.find(id);
            if (row.isPresent() && row.get().extraction() == ExtractionStatus.PENDING) {
                extract(id, row.get().currentVersion());
                resumed++;
            }
        }
        return resumed;
    }

    /** Extracts the text of this version of a document and records the outcome, unless it is no longer current. */
    ExtractionStatus extract(long id, int version) {
        Optional<DocumentRepository.Row> row = documents.find(id);
        if (row.isEmpty() || row.get().currentVersion() != version) {
            return null; // deleted, or replaced since: the new version has its own extraction
        }
        Outcome outcome = read(row.get().file().storageKey(), row.get().file().format());
        documents.extracted(id, version, outcome.status(), outcome.note(), outcome.text());
        return outcome.status();
    }

    private Outcome read(String key, FileFormat format) {
        if (format == FileFormat.PNG || format == FileFormat.JPEG) {
            return new Outcome(ExtractionStatus.NO_TEXT, null, null); // no character recognition
        }
        WriteOutContentHandler out = new WriteOutContentHandler(MAX_CHARACTERS);
        String note = null;
        try (TemporaryResources temporary = new TemporaryResources();
                InputStream in = store.open(key);
                TikaInputStream tika = TikaInputStream.get(in, temporary, new Metadata())) {
            parser().parse(tika, new BodyContentHandler(out), new Metadata(), new ParseContext());
        }
        catch (EncryptedDocumentException encrypted) {
            return failed("ENCRYPTED", encrypted);
        }
        catch (ZeroByteFileException empty) {
            return new Outcome(ExtractionStatus.NO_TEXT, null, null);
        }
        catch (Exception | LinkageError | StackOverflowError failure) {
            if (WriteLimitReachedException.isWriteLimitReached(failure)) {
                note = "TRUNCATED";
            }
            else if (String.valueOf(failure.getMessage()).toLowerCase().contains("zip bomb")) {
                return failed("ZIP_BOMB", failure);
            }
            else {
                return failed("DAMAGED", failure);
            }
        }
        String text = out.toString().replace("\u0000", "").strip();
        if (text.isEmpty()) {
            return new Outcome(ExtractionStatus.NO_TEXT, null, null);
        }
        return new Outcome(ExtractionStatus.DONE, note, text);
    }

    private static Outcome failed(String reason, Throwable failure) {
        log.info("No text could be read from a document ({}): {}", reason, failure.toString());
        return new Outcome(ExtractionStatus.FAILED, reason, null);
    }

    private AutoDetectParser parser() {
        AutoDetectParser built = parser;
        if (built == null) {
            synchronized (this) {
                if (parser == null) {
                    parser = new AutoDetectParser();
                }
                built = parser;
            }
        }
        return built;
    }

    @Override
    public void close() {
        executor.shutdown();
    }

    private record Outcome(ExtractionStatus status, String note, String text) {
    }
}
