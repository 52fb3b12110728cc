package org.dialoguetracker.recommendation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.dialoguetracker.meeting.Meeting;
import org.dialoguetracker.shared.EditForm;
import org.dialoguetracker.statement.Statement;
import org.dialoguetracker.topic.Topic;

import org.springframework.validation.Errors;

/**
 * What an organiser sets of a recommendation. Not its status, which moves only through a status change with a note,
 * and not its archived flag.
 *
 * @param reference the unique code, upper-cased as it is typed
 * @param meetingIds every meeting it comes from (when created from a meeting, that one is always among them)
 * @param statementIds the statements it grew out of, among those of its meetings
 */
public record RecommendationForm(
        @NotBlank(message = "{recommendation.form.reference.required}")
        @Size(max = 40, message = "{recommendation.form.tooLong}")
        @Pattern(regexp = REFERENCE_PATTERN, message = "{recommendation.form.reference.pattern}")
        String reference,
        List<Long> meetingIds,
        List<Long> topicIds,
        @NotNull(message = "{recommendation.form.choose}") AddressedTo addressedTo,
        @NotNull(message = "{recommendation.form.choose}") Feasibility feasibility,
        @NotNull(message = "{recommendation.form.choose}") Consensus consensus,
        @Size(max = 300, message = "{recommendation.form.tooLong}") String titleEn,
        @Size(max = 300, message = "{recommendation.form.tooLong}") String titleRu,
        @Size(max = 20000, message = "{recommendation.form.tooLong}") String textEn,
        @Size(max = 20000, message = "{recommendation.form.tooLong}") String textRu,
        List<Long> statementIds,
        Long version) implements EditForm<RecommendationForm> {

    /** The same rule as the database's check on {@code recommendation.reference}. */
    public static final String REFERENCE_PATTERN = "^[A-Z0-9][A-Z0-9./-]*$";

    public RecommendationForm {
        reference = reference == null ? null : reference.toUpperCase(Locale.ROOT);
    }

    /** A blank form for a recommendation recorded at this meeting, with a proposed reference. */
    public static RecommendationForm blank(Long meetingId, String proposedReference) {
        return new RecommendationForm(proposedReference, List.of(meetingId), List.of(), null, null,
                Consensus.CONSENSUS, null, null, null, null, List.of(), null);
    }

    static RecommendationForm of(Recommendation recommendation) {
        return new RecommendationForm(recommendation.getReference(),
                recommendation.getMeetings().stream().map(Meeting::getId).sorted().toList(),
                recommendation.getTopics().stream().map(Topic::getId).sorted().toList(),
                recommendation.getAddressedTo(), recommendation.getFeasibility(), recommendation.getConsensus(),
                recommendation.getTitle().en(), recommendation.getTitle().ru(),
                recommendation.getText().en(), recommendation.getText().ru(),
                recommendation.getStatements().stream().map(Statement::getId).sorted().toList(),
                recommendation.getVersion());
    }

    @Override
    public RecommendationForm withVersion(Long newVersion) {
        return new RecommendationForm(reference, meetingIds, topicIds, addressedTo, feasibility, consensus, titleEn,
                titleRu, textEn, textRu, statementIds, newVersion);
    }

    public List<Long> meetingIds() {
        return meetingIds == null ? List.of() : meetingIds;
    }

    public List<Long> topicIds() {
        return topicIds == null ? List.of() : topicIds;
    }

    public List<Long> statementIds() {
        return statementIds == null ? List.of() : statementIds;
    }

    /** The rules that involve more than one field. */
    public void validate(Errors errors) {
        if (isBlank(titleEn) && isBlank(titleRu)) {
            errors.rejectValue("titleEn", "recommendation.form.title.required");
        }
    }

    @Override
    public Map<String, Object> fieldsByLabel() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("recommendation.form.reference", reference);
        fields.put("recommendation.form.meetings", meetingIds());
        fields.put("recommendation.form.topics", topicIds());
        fields.put("recommendation.form.addressedTo", addressedTo);
        fields.put("recommendation.form.feasibility", feasibility);
        fields.put("recommendation.form.consensus", consensus);
        fields.put("recommendation.form.title.en", titleEn);
        fields.put("recommendation.form.title.ru", titleRu);
        fields.put("recommendation.form.text.en", textEn);
        fields.put("recommendation.form.text.ru", textRu);
        fields.put("recommendation.form.statements", statementIds());
        return fields;
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
