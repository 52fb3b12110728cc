package org.dialoguetracker.document;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A document as a panel lists it, for one reader: its current version's file, and, for organisers and admins only,
 * who uploaded it and the earlier versions (a researcher is never told who uploaded a document, which under the
 * Chatham House Rule could tie a person or a side to what the document says).
 *
 * @param lockVersion the row's version, which a change of access level carries to detect a concurrent change
 */
public record DocumentView(Long id, OwnerKind owner, Long ownerId, String title, DocumentCategory category,
        AccessLevel access, FileFormat format, String fileName, long size, Instant uploadedAt, String uploadedBy,
        int currentVersion, ExtractionStatus extraction, String extractionNote, long lockVersion,
        List<VersionView> versions) {

    /** When the current version was uploaded, in UTC, as the page shows it. */
    public LocalDateTime uploadedUtc() {
        return LocalDateTime.ofInstant(uploadedAt, ZoneOffset.UTC);
    }

    /** The unit the size is shown in: {@code B}, {@code KB} or {@code MB}. */
    public String sizeUnit() {
        return unit(size);
    }

    /** The size in {@link #sizeUnit()}. */
    public double sizeValue() {
        return value(size);
    }

    static String unit(long bytes) {
        return bytes < 1024 ? "B" : bytes < 1024 * 1024 ? "KB" : "MB";
    }

    static double value(long bytes) {
        return bytes < 1024 ? bytes : bytes < 1024 * 1024 ? bytes / 1024.0 : bytes / (1024.0 * 1024.0);
    }

    /** An earlier or the current file of a document, for organisers. */
    public record VersionView(int number, String fileName, FileFormat format, long size, String sha256,
            Instant uploadedAt, String uploadedBy) {

        public LocalDateTime uploadedUtc() {
            return LocalDateTime.ofInstant(uploadedAt, ZoneOffset.UTC);
        }

        public String sizeUnit() {
            return unit(size);
        }

        public double sizeValue() {
            return value(size);
        }
    }
}
