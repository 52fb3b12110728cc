package org.dialoguetracker.report;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.dialoguetracker.shared.EditForm;
import org.dialoguetracker.shared.Side;

/** The forms of the draft workspace, each a record bound with Bean Validation. */
final class DraftForms {

    private DraftForms() {
    }

    /** Starting the draft: how the key points are grouped. */
    record Start(@NotNull KeyPointGrouping grouping) {
    }

    /** One language's text of a section, at the version it was opened at. */
    record SectionText(@NotNull Long section, @NotNull @Pattern(regexp = "en|ru") String language,
            @Size(max = ReportDraftService.MAX_TEXT) String text, @NotNull Long version)
            implements EditForm<SectionText> {

        @Override
        public SectionText withVersion(Long newVersion) {
            return new SectionText(section, language, text, newVersion);
        }

        @Override
        public Map<String, Object> fieldsByLabel() {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("draft.text." + ("ru".equals(language) ? "ru" : "en"), text);
            return fields;
        }
    }

    /** "Regenerate from the records", confirmed over the version and the generated text that were shown. */
    record Regenerate(@NotNull Long section, @NotNull @Pattern(regexp = "en|ru") String language,
            @NotNull Long version, @NotBlank String generatedHash) {
    }

    /** A lead's sign-off of one language, over the content hash of the text they saw. */
    record Sign(@NotNull @Pattern(regexp = "en|ru") String language, @NotNull Side side, @NotBlank String hash) {
    }

    /** A comment on a section, or a reply to one of its comments. */
    record Comment(@NotNull Long section, Long parent,
            @NotBlank @Size(max = ReportDraftService.MAX_COMMENT) String body) {
    }

    /** Resolving a comment thread, or opening it again. */
    record Resolution(@NotNull Long comment, boolean resolved) {
    }

    /**
     * Publishing the next edition: its number as the organiser saw it (so that a double click publishes once), and
     * what changed, required from edition 2 on.
     */
    record Publish(@NotNull Integer edition, @Size(max = PublishingService.MAX_CHANGE_NOTE) String changeNote) {
    }

    /** Reopening the published draft for a correction, from the latest edition as the organiser saw it. */
    record Correction(@NotNull Integer edition) {
    }
}
