package org.dialoguetracker.followup;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.Size;
import org.dialoguetracker.shared.EditForm;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * A follow-up action as organisers set it: what is to be done, by whom, by when. Its owner is one participant, one
 * institution or a name in free text, or nobody yet. Completing and cancelling have forms of their own.
 *
 * @param status OPEN or IN_PROGRESS while the action is open; not offered once it is done or cancelled
 */
public record FollowUpForm(
        @Size(max = 5000, message = "{followUp.form.tooLong}") String descriptionEn,
        @Size(max = 5000, message = "{followUp.form.tooLong}") String descriptionRu,
        Long ownerParticipantId,
        Long ownerInstitutionId,
        @Size(max = 200, message = "{followUp.form.tooLong}") String ownerText,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
        FollowUpStatus status,
        Long version) implements EditForm<FollowUpForm> {

    public static FollowUpForm blank() {
        return new FollowUpForm(null, null, null, null, null, null, FollowUpStatus.OPEN, null);
    }

    static FollowUpForm of(FollowUpAction action) {
        return new FollowUpForm(action.getDescription().en(), action.getDescription().ru(),
                action.getOwnerParticipant() == null ? null : action.getOwnerParticipant().getId(),
                action.getOwnerInstitution() == null ? null : action.getOwnerInstitution().getId(),
                action.getOwnerText(), action.getDueDate(), action.getStatus(), action.getVersion());
    }

    @Override
    public FollowUpForm withVersion(Long newVersion) {
        return new FollowUpForm(descriptionEn, descriptionRu, ownerParticipantId, ownerInstitutionId, ownerText,
                dueDate, status, newVersion);
    }

    /** The rules that involve more than one field. */
    public void validate(Errors errors) {
        if (isBlank(descriptionEn) && isBlank(descriptionRu)) {
            errors.rejectValue("descriptionEn", "followUp.form.description.required");
        }
        int owners = (ownerParticipantId == null ? 0 : 1) + (ownerInstitutionId == null ? 0 : 1)
                + (isBlank(ownerText) ? 0 : 1);
        if (owners > 1) {
            errors.rejectValue("ownerParticipantId", "followUp.form.owner.onlyOne");
        }
        if (status != null && !status.isOpen()) {
            errors.rejectValue("status", "followUp.form.status.notHere");
        }
    }

    @Override
    public Map<String, Object> fieldsByLabel() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("followUp.form.description.en", descriptionEn);
        fields.put("followUp.form.description.ru", descriptionRu);
        fields.put("followUp.form.ownerParticipant", ownerParticipantId);
        fields.put("followUp.form.ownerInstitution", ownerInstitutionId);
        fields.put("followUp.form.ownerText", ownerText);
        fields.put("followUp.form.dueDate", dueDate);
        fields.put("followUp.form.status", status);
        return fields;
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
