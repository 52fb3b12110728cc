package org.dialoguetracker.document;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.Map;
import java.util.Optional;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TemporaryResources;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

import org.springframework.core.io.InputStreamSource;

/**
 * What an upload must be before anything of it is kept: a name without path or control characters, not empty, no
 * larger than the limit ({@code dialogue.documents.max-size}), and a kind the tracker keeps ({@link FileFormat}) as
 * told by Apache Tika from the content, never from the name, which must name the same kind. A refusal says what the
 * file really is ("This file is a ZIP archive, not a PDF").
 */
class UploadCheck {

    /** The longest file name kept. */
    static final int MAX_NAME = 255;

    /** Kinds a refusal can name, by the media type Tika gives, besides those of {@link FileFormat}. */
    private static final Map<String, String> OTHER_KINDS = Map.ofEntries(Map.entry("application/zip", "ZIP"),
            Map.entry("text/html", "HTML"), Map.entry("application/xhtml+xml", "HTML"),
            Map.entry("image/svg+xml", "SVG"), Map.entry("application/xml", "XML"), Map.entry("text/xml", "XML"),
            Map.entry("application/x-msdownload", "EXE"), Map.entry("application/x-dosexec", "EXE"),
            Map.entry("application/x-executable", "EXE"), Map.entry("application/msword", "DOC"),
            Map.entry("application/vnd.ms-excel", "XLS"), Map.entry("application/vnd.ms-powerpoint", "PPT"),
            Map.entry("application/rtf", "RTF"), Map.entry("image/gif", "GIF"),
            Map.entry("application/octet-stream", "BINARY"), Map.entry("application/gzip", "GZIP"),
            Map.entry("application/x-tika-ooxml", "ZIP"), Map.entry("application/javascript", "SCRIPT"),
            Map.entry("text/javascript", "SCRIPT"));

    private final long maxSize;

    private final Detector detector;

    UploadCheck(long maxSize) {
        this(maxSize, TikaConfig.getDefaultConfig().getDetector());
    }

    UploadCheck(long maxSize, Detector detector) {
        this.maxSize = maxSize;
        this.detector = detector;
    }

    long maxSize() {
        return maxSize;
    }

    /**
     * The upload's name as it will be kept and its kind, or the refusal.
     *
     * @param name the name the browser sent
     * @param size its size in bytes
     * @param content its bytes, read here only as far as Tika needs to tell its kind
     * @throws UploadRefused when it is not to be kept
     */
    Checked check(String name, long size, InputStreamSource content) {
        String kept = name(name);
        if (size <= 0) {
            throw new UploadRefused("document.refused.empty", kept);
        }
        if (size > maxSize) {
            throw new UploadRefused("document.refused.tooLarge", kept, megabytes(maxSize));
        }
        MediaType detected = detect(content);
        String type = detected.getBaseType().toString();
        Optional<FileFormat> format = FileFormat.ofMediaType(type);
        Optional<FileFormat> named = FileFormat.ofName(kept);
        if (named.isPresent() && format.orElse(null) != named.get()) {
            // "This file is a ZIP archive, not a PDF": the name promised a kind the content is not
            throw new UploadRefused("document.refused.mismatch", describe(type),
                    UploadRefused.kind(named.get().name()));
        }
        if (format.isEmpty()) {
            throw new UploadRefused("document.refused.type", describe(type));
        }
        if (named.isEmpty()) {
            throw new UploadRefused("document.refused.extension", kept, describe(type));
        }
        return new Checked(kept, format.get());
    }

    /** The name as kept: trimmed and in Unicode's composed form; refused with path or control characters. */
    static String name(String name) {
        if (name == null || name.isBlank()) {
            throw new UploadRefused("document.refused.noFile");
        }
        String kept = Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
        boolean unsafe = kept.contains("/") || kept.contains("\\") || kept.startsWith(".")
                || kept.codePoints().anyMatch(c -> Character.isISOControl(c)
                        || Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.LINE_SEPARATOR
                        || Character.getType(c) == Character.PARAGRAPH_SEPARATOR);
        if (unsafe) {
            throw new UploadRefused("document.refused.name");
        }
        if (kept.length() > MAX_NAME) {
            throw new UploadRefused("document.refused.nameTooLong", MAX_NAME);
        }
        return kept;
    }

    private MediaType detect(InputStreamSource content) {
        try (TemporaryResources temporary = new TemporaryResources();
                InputStream in = content.getInputStream();
                TikaInputStream tika = TikaInputStream.get(in, temporary, new Metadata())) {
            // no name is given to the detector: the kind comes from the bytes alone
            return detector.detect(tika, new Metadata());
        }
        catch (IOException unreadable) {
            throw new UploadRefused("document.refused.unreadable");
        }
    }

    /** What a refusal calls a file of this media type: "a ZIP archive", "a PDF", or the type itself. */
    static Object describe(String type) {
        Optional<FileFormat> format = FileFormat.ofMediaType(type);
        if (format.isPresent()) {
            return UploadRefused.kind(format.get().name());
        }
        String other = OTHER_KINDS.get(type);
        return other != null ? UploadRefused.kind(other) : UploadRefused.kind("other", type);
    }

    static long megabytes(long bytes) {
        return Math.max(1, bytes / (1024 * 1024));
    }

    /** An upload that may be kept: its name as kept and its kind. */
    record Checked(String name, FileFormat format) {
    }
}
