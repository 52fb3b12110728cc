package org.dialoguetracker.meeting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.dialoguetracker.shared.EditForm;

import org.springframework.validation.Errors;

/**
 * A dialogue as organisers set it: names, description, track level, organising institutions and the lead organiser
 * of each side (account ids; either may be left unset).
 */
public record DialogueForm(
        @Size(max = 300) String nameEn,
        @Size(max = 300) String nameRu,
        @Size(max = 20000) String descriptionEn,
        @Size(max = 20000) String descriptionRu,
        @NotNull TrackLevel trackLevel,
        List<Long> organiserIds,
        Long ukLeadId,
        Long russiaLeadId,
        Long version) implements EditForm<DialogueForm> {

    public static DialogueForm blank() {
        return new DialogueForm(null, null, null, null, TrackLevel.TRACK_2, List.of(), null, null, null);
    }

    static DialogueForm of(Dialogue dialogue) {
        return new DialogueForm(dialogue.getName().en(), dialogue.getName().ru(), dialogue.getDescription().en(),
                dialogue.getDescription().ru(), dialogue.getTrackLevel(),
                dialogue.getOrganisers().stream().map(i -> i.getId()).sorted().toList(),
                dialogue.getUkLead() == null ? null : dialogue.getUkLead().getId(),
                dialogue.getRussiaLead() == null ? null : dialogue.getRussiaLead().getId(), dialogue.getVersion());
    }

    public List<Long> organiserIds() {
        return organiserIds == null ? List.of() : organiserIds;
    }

    @Override
    public DialogueForm withVersion(Long newVersion) {
        return new DialogueForm(nameEn, nameRu, descriptionEn, descriptionRu, trackLevel, organiserIds, ukLeadId,
                russiaLeadId, newVersion);
    }

    /** The rules that involve more than one field. */
    void validate(Errors errors) {
        if (MeetingForm.isBlank(nameEn) && MeetingForm.isBlank(nameRu)) {
            errors.rejectValue("nameEn", "dialogue.form.name.required");
        }
    }

    @Override
    public Map<String, Object> fieldsByLabel() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("dialogue.form.name.en", nameEn);
        fields.put("dialogue.form.name.ru", nameRu);
        fields.put("dialogue.form.description.en", descriptionEn);
        fields.put("dialogue.form.description.ru", descriptionRu);
        fields.put("dialogue.form.trackLevel", trackLevel);
        fields.put("dialogue.form.organisers", organiserIds());
        fields.put("dialogue.form.ukLead", ukLeadId);
        fields.put("dialogue.form.russiaLead", russiaLeadId);
        return fields;
    }
}
