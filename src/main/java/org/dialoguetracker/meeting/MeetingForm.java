package org.dialoguetracker.meeting;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.dialoguetracker.shared.AttributionRule;
import org.dialoguetracker.shared.EditForm;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** The meeting form: what an organiser may set, and nothing else (no id, no timestamps). */
public record MeetingForm(
        @NotNull Long dialogueId,
        @Size(max = 300) String titleEn,
        @Size(max = 300) String titleRu,
        @Size(max = 120) String cityEn,
        @Size(max = 120) String cityRu,
        Long hostInstitutionId,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate,
        @NotNull MeetingFormat format,
        @NotNull TrackLevel trackLevel,
        @NotNull AttributionRule attributionRule,
        Boolean institutionsListedWithConsent,
        @Size(max = 20000) String summaryEn,
        @Size(max = 20000) String summaryRu,
        Long version) implements EditForm<MeetingForm> {

    /**
     * A blank form for a new meeting of this dialogue, held under the Chatham House Rule by default, without consent to
     * list institutions. A new meeting is PLANNED: its status moves only by the steps of {@link LifecycleStep}.
     */
    public static MeetingForm blank(Long dialogueId) {
        return new MeetingForm(dialogueId, null, null, null, null, null, null, null, MeetingFormat.IN_PERSON,
                TrackLevel.TRACK_2, AttributionRule.SIDE, false, null, null, null);
    }

    static MeetingForm of(Meeting meeting) {
        return new MeetingForm(meeting.getDialogue().getId(), meeting.getTitle().en(), meeting.getTitle().ru(),
                meeting.getCity().en(), meeting.getCity().ru(),
                meeting.getHostInstitution() == null ? null : meeting.getHostInstitution().getId(),
                meeting.getStartDate(), meeting.getEndDate(), meeting.getFormat(), meeting.getTrackLevel(),
                meeting.getAttributionRule(), meeting.isInstitutionsListedWithConsent(), meeting.getSummary().en(),
                meeting.getSummary().ru(), meeting.getVersion());
    }

    @Override
    public MeetingForm withVersion(Long newVersion) {
        return new MeetingForm(dialogueId, titleEn, titleRu, cityEn, cityRu, hostInstitutionId, startDate, endDate,
                format, trackLevel, attributionRule, institutionsListedWithConsent, summaryEn, summaryRu, newVersion);
    }

    /** An unticked checkbox sends nothing: no value means the participants did not agree. */
    public Boolean institutionsListedWithConsent() {
        return Boolean.TRUE.equals(institutionsListedWithConsent);
    }

    /** The rules that involve more than one field. */
    public void validate(Errors errors) {
        if (isBlank(titleEn) && isBlank(titleRu)) {
            errors.rejectValue("titleEn", "meeting.form.title.required");
        }
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            errors.rejectValue("endDate", "meeting.form.endDate.beforeStart");
        }
    }

    @Override
    public Map<String, Object> fieldsByLabel() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("meeting.form.title.en", titleEn);
        fields.put("meeting.form.title.ru", titleRu);
        fields.put("meeting.form.city.en", cityEn);
        fields.put("meeting.form.city.ru", cityRu);
        fields.put("meeting.form.host", hostInstitutionId);
        fields.put("meeting.form.startDate", startDate);
        fields.put("meeting.form.endDate", endDate);
        fields.put("meeting.form.format", format);
        fields.put("meeting.form.trackLevel", trackLevel);
        fields.put("meeting.form.attributionRule", attributionRule);
        fields.put("meeting.form.institutionsConsented", institutionsListedWithConsent());
        fields.put("meeting.form.summary.en", summaryEn);
        fields.put("meeting.form.summary.ru", summaryRu);
        return fields;
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
