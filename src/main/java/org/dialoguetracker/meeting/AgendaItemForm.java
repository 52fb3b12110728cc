package org.dialoguetracker.meeting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Size;
import org.dialoguetracker.shared.EditForm;

import org.springframework.validation.Errors;

/** One session of the agenda. */
public record AgendaItemForm(
        @Size(max = 300) String titleEn,
        @Size(max = 300) String titleRu,
        @Size(max = 5000) String descriptionEn,
        @Size(max = 5000) String descriptionRu,
        List<Long> topicIds,
        Long version) implements EditForm<AgendaItemForm> {

    public static AgendaItemForm blank() {
        return new AgendaItemForm(null, null, null, null, List.of(), null);
    }

    static AgendaItemForm of(AgendaItem item) {
        return new AgendaItemForm(item.getTitle().en(), item.getTitle().ru(), item.getDescription().en(),
                item.getDescription().ru(), item.getTopics().stream().map(t -> t.getId()).sorted().toList(),
                item.getVersion());
    }

    @Override
    public AgendaItemForm withVersion(Long newVersion) {
        return new AgendaItemForm(titleEn, titleRu, descriptionEn, descriptionRu, topicIds, newVersion);
    }

    public List<Long> topicIds() {
        return topicIds == null ? List.of() : topicIds;
    }

    public void validate(Errors errors) {
        if (MeetingForm.isBlank(titleEn) && MeetingForm.isBlank(titleRu)) {
            errors.rejectValue("titleEn", "agenda.form.title.required");
        }
    }

    @Override
    public Map<String, Object> fieldsByLabel() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("agenda.form.title.en", titleEn);
        fields.put("agenda.form.title.ru", titleRu);
        fields.put("agenda.form.description.en", descriptionEn);
        fields.put("agenda.form.description.ru", descriptionRu);
        fields.put("agenda.form.topics", topicIds());
        return fields;
    }
}
