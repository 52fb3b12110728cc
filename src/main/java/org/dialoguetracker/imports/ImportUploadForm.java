package org.dialoguetracker.imports;

import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/** The CSV file an admin uploads for a bulk status update. */
public record ImportUploadForm(MultipartFile file) {

    public static final int MAX_MEGABYTES = 5;

    public static final long MAX_BYTES = MAX_MEGABYTES * 1024L * 1024L;

    public static final int MAX_ROWS = StatusCsv.MAX_ROWS;

    private static final int MAX_NAME_LENGTH = 120;

    public static ImportUploadForm blank() {
        return new ImportUploadForm(null);
    }

    /** A file is chosen, holds something, and is within the size limit. */
    public void validate(Errors errors) {
        if (file == null || file.isEmpty()) {
            errors.rejectValue("file", file == null || !StringUtils.hasText(file.getOriginalFilename())
                    ? "imports.file.required" : "imports.file.empty");
        }
        else if (file.getSize() > MAX_BYTES) {
            errors.rejectValue("file", "imports.file.tooLarge", new Object[] { MAX_MEGABYTES }, null);
        }
    }

    /** The name of the file without any folder a browser may send along, for the notes and the messages. */
    public String fileName() {
        String original = file == null ? null : file.getOriginalFilename();
        String name = original == null ? null : StringUtils.getFilename(original.replace('\\', '/'));
        if (!StringUtils.hasText(name)) {
            return "upload.csv";
        }
        name = name.strip();
        return name.length() > MAX_NAME_LENGTH ? name.substring(0, MAX_NAME_LENGTH - 1) + "…" : name;
    }
}
