package org.dialoguetracker.followup;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.Size;
import org.dialoguetracker.shared.EditForm;

/** Cancelling a follow-up action, with why if the organiser wants to say. */
public record CancellationForm(
        @Size(max = 5000, message = "{followUp.form.tooLong}") String note,
        Long version) implements EditForm<CancellationForm> {

    static CancellationForm blank(FollowUpAction action) {
        return new CancellationForm(null, action.getVersion());
    }

    static CancellationForm saved(FollowUpAction action) {
        return new CancellationForm(action.getCompletionNote(), action.getVersion());
    }

    @Override
    public CancellationForm withVersion(Long newVersion) {
        return new CancellationForm(note, newVersion);
    }

    @Override
    public Map<String, Object> fieldsByLabel() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("followUp.cancellation.note", note);
        return fields;
    }
}
