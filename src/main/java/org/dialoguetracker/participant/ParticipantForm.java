package org.dialoguetracker.participant;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.dialoguetracker.shared.Conflict;
import org.dialoguetracker.shared.EditForm;
import org.dialoguetracker.shared.Side;

import org.springframework.validation.Errors;

/**
 * A person as organisers record them: the name in Latin script (required) and in Cyrillic script, institution,
 * side, capacity, position and contact details. Empty contact fields are kept as "none".
 */
public record ParticipantForm(
        @NotBlank(message = "{participant.form.nameLatin.required}")
        @Size(max = 200, message = "{people.form.tooLong}") String nameLatin,
        @Size(max = 200, message = "{people.form.tooLong}") String nameCyrillic,
        Long institutionId,
        @NotNull(message = "{people.form.choose.required}") Side side,
        @NotNull(message = "{people.form.choose.required}") Capacity capacity,
        @Size(max = 300, message = "{people.form.tooLong}") String positionEn,
        @Size(max = 300, message = "{people.form.tooLong}") String positionRu,
        @Size(max = 200, message = "{people.form.tooLong}")
        @Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$", message = "{participant.form.email.invalid}") String email,
        @Size(max = 50, message = "{people.form.tooLong}")
        @Pattern(regexp = PHONE, message = "{participant.form.phone.invalid}") String phone,
        Long version) implements EditForm<ParticipantForm> {

    /** An international or local number: an optional +, digits, and spaces, dots, dashes, brackets between. */
    static final String PHONE = "^\\+?(?=(?:\\D*\\d){5,20}\\D*$)[0-9(][0-9 ().\\-/]*[0-9]$";

    private static final java.util.regex.Pattern LATIN = java.util.regex.Pattern.compile("\\p{IsLatin}");

    private static final java.util.regex.Pattern CYRILLIC = java.util.regex.Pattern.compile("\\p{IsCyrillic}");

    public static ParticipantForm blank() {
        return new ParticipantForm(null, null, null, null, Capacity.EXPERT, null, null, null, null, null);
    }

    static ParticipantForm of(Participant participant) {
        return new ParticipantForm(participant.getNameLatin(), participant.getNameCyrillic(),
                participant.getInstitution() == null ? null : participant.getInstitution().getId(),
                participant.getSide(), participant.getCapacity(), participant.getPosition().en(),
                participant.getPosition().ru(), participant.getEmail(), participant.getPhone(),
                participant.getVersion());
    }

    @Override
    public ParticipantForm withVersion(Long newVersion) {
        return new ParticipantForm(nameLatin, nameCyrillic, institutionId, side, capacity, positionEn, positionRu,
                email, phone, newVersion);
    }

    /** The scripts of the two names: Latin letters and no Cyrillic in the one, Cyrillic letters in the other. */
    public void validate(Errors errors) {
        if (!Texts.isBlank(nameLatin) && !errors.hasFieldErrors("nameLatin")
                && (!LATIN.matcher(nameLatin).find() || CYRILLIC.matcher(nameLatin).find())) {
            errors.rejectValue("nameLatin", "participant.form.nameLatin.script");
        }
        if (!Texts.isBlank(nameCyrillic) && !errors.hasFieldErrors("nameCyrillic")
                && !CYRILLIC.matcher(nameCyrillic).find()) {
            errors.rejectValue("nameCyrillic", "participant.form.nameCyrillic.script");
        }
    }

    @Override
    public Map<String, Object> fieldsByLabel() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("participant.form.nameLatin", nameLatin);
        fields.put("participant.form.nameCyrillic", nameCyrillic);
        fields.put("participant.form.institution", institutionId);
        fields.put("participant.form.side", side);
        fields.put("participant.form.capacity", capacity);
        fields.put("participant.form.position.en", positionEn);
        fields.put("participant.form.position.ru", positionRu);
        fields.put("participant.form.email", email);
        fields.put("participant.form.phone", phone);
        return fields;
    }

    /** The same fields for a conflict notice, with the institution shown by its name rather than its id. */
    public Conflict.ComparableForm withInstitutionNamed(Function<Long, String> names) {
        return () -> {
            Map<String, Object> fields = fieldsByLabel();
            fields.put("participant.form.institution", institutionId == null ? null : names.apply(institutionId));
            return fields;
        };
    }
}
