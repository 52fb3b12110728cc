package org.dialoguetracker.followup;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.dialoguetracker.shared.EditForm;

import org.springframework.format.annotation.DateTimeFormat;

/** Marking a follow-up action done: what came of it, and when. */
public record CompletionForm(
        @NotBlank(message = "{followUp.completion.note.required}")
        @Size(max = 5000, message = "{followUp.form.tooLong}") String completionNote,
        @NotNull(message = "{followUp.completion.date.required}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate completedOn,
        Long version) implements EditForm<CompletionForm> {

    static CompletionForm blank(FollowUpAction action, LocalDate today) {
        return new CompletionForm(null, today, action.getVersion());
    }

    /** The action as it is saved now, to compare with a completion based on an older version. */
    static CompletionForm saved(FollowUpAction action) {
        return new CompletionForm(action.getCompletionNote(), action.getCompletedOn(), action.getVersion());
    }

    @Override
    public CompletionForm withVersion(Long newVersion) {
        return new CompletionForm(completionNote, completedOn, newVersion);
    }

    @Override
    public Map<String, Object> fieldsByLabel() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("followUp.completion.note", completionNote);
        fields.put("followUp.completion.date", completedOn);
        return fields;
    }
}
