package org.dialoguetracker.recommendation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.dialoguetracker.shared.EditForm;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * A move of a recommendation to its next status, with the note that explains it (in English, in Russian or in
 * both) and the day it took effect, which may be earlier than today (none: today). The version is the one the organiser saw, so
 * that two people cannot both move it on from the same status.
 */
public record StatusChangeForm(
        @NotNull(message = "{recommendation.statusForm.status.required}") RecommendationStatus status,
        @Size(max = 5000, message = "{recommendation.form.tooLong}") String note,
        @Size(max = 5000, message = "{recommendation.form.tooLong}") String noteRu,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveOn,
        Long version) implements EditForm<StatusChangeForm> {

    /** A change that takes effect today with an English note, as the bulk status update makes it. */
    public static StatusChangeForm today(RecommendationStatus status, String note, LocalDate today, long version) {
        return new StatusChangeForm(status, note, null, today, version);
    }

    static StatusChangeForm blank(Recommendation recommendation, LocalDate today) {
        return new StatusChangeForm(null, null, null, today, recommendation.getVersion());
    }

    /** The status the recommendation has now, as a conflict notice compares it with the one asked for. */
    static StatusChangeForm saved(Recommendation recommendation) {
        return new StatusChangeForm(recommendation.getStatus(), null, null, null, recommendation.getVersion());
    }

    /** What Bean Validation cannot check on its own: a note in one language at least. */
    public void validate(Errors errors) {
        if (isBlank(note) && isBlank(noteRu)) {
            errors.rejectValue("note", "recommendation.statusForm.note.required");
        }
    }

    String noteEnStripped() {
        return isBlank(note) ? null : note.strip();
    }

    String noteRuStripped() {
        return isBlank(noteRu) ? null : noteRu.strip();
    }

    @Override
    public StatusChangeForm withVersion(Long newVersion) {
        return new StatusChangeForm(status, note, noteRu, effectiveOn, newVersion);
    }

    @Override
    public Map<String, Object> fieldsByLabel() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("recommendation.statusForm.status", status);
        return fields;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
