package org.dialoguetracker.document;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file the tracker keeps, each by the media type Apache Tika tells from the content and the extensions
 * its name may carry. Nothing else is accepted.
 */
public enum FileFormat {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    ODT("application/vnd.oasis.opendocument.text", "odt"),
    TXT("text/plain", "txt"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg");

    private final String mediaType;

    private final List<String> extensions;

    FileFormat(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = List.of(extensions);
    }

    /** The media type a download is sent with. */
    public String mediaType() {
        return mediaType;
    }

    List<String> extensions() {
        return extensions;
    }

    /** The format of this media type (parameters such as a charset ignored), if the tracker keeps it. */
    public static Optional<FileFormat> ofMediaType(String type) {
        if (type == null) {
            return Optional.empty();
        }
        String bare = type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        for (FileFormat format : values()) {
            if (format.mediaType.equals(bare)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The format a file name's extension names, if one the tracker keeps. */
    static Optional<FileFormat> ofName(String name) {
        int dot = name.lastIndexOf('.');
        if (dot < 0 || dot == name.length() - 1) {
            return Optional.empty();
        }
        String extension = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (FileFormat format : values()) {
            if (format.extensions.contains(extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
