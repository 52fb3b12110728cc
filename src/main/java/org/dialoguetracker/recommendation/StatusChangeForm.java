package org.dialoguetracker.recommendation;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.dialoguetracker.shared.EditForm;

/**
 * A move of a recommendation to its next status, with the note that explains it. The version is the one the
 * organiser saw, so that two people cannot both move it on from the same status.
 */
public record StatusChangeForm(
        @NotNull(message = "{recommendation.statusForm.status.required}") RecommendationStatus status,
        @NotBlank(message = "{recommendation.statusForm.note.required}")
        @Size(max = 5000, message = "{recommendation.form.tooLong}") String note,
        Long version) implements EditForm<StatusChangeForm> {

    static StatusChangeForm blank(Recommendation recommendation) {
        return new StatusChangeForm(null, null, recommendation.getVersion());
    }

    /** The status the recommendation has now, as a conflict notice compares it with the one asked for. */
    static StatusChangeForm saved(Recommendation recommendation) {
        return new StatusChangeForm(recommendation.getStatus(), null, recommendation.getVersion());
    }

    @Override
    public StatusChangeForm withVersion(Long newVersion) {
        return new StatusChangeForm(status, note, newVersion);
    }

    @Override
    public Map<String, Object> fieldsByLabel() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("recommendation.statusForm.status", status);
        return fields;
    }
}
