package org.dialoguetracker.followup;

import java.util.LinkedHashMap;
import java.util.Map;

import org.dialoguetracker.shared.Labels;
import org.dialoguetracker.shared.history.HistoryService;

/** How a follow-up action reads in the History tab of its recommendation. */
final class FollowUpHistory {

    private static final int SUBJECT_LENGTH = 80;

    private FollowUpHistory() {
    }

    static final HistoryService.Describer<FollowUpAction> DESCRIBER = new HistoryService.Describer<>() {
        @Override
        public Object id(FollowUpAction action) {
            return action.getId();
        }

        @Override
        public String subjectLabel() {
            return "history.subject.followUp";
        }

        @Override
        public String subject(FollowUpAction action) {
            String text = action.getDescription().in("en");
            return text.length() > SUBJECT_LENGTH ? text.substring(0, SUBJECT_LENGTH - 1) + "…" : text;
        }

        @Override
        public Map<String, Object> fields(FollowUpAction action) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("followUp.form.description.en", action.getDescription().en());
            fields.put("followUp.form.description.ru", action.getDescription().ru());
            fields.put("followUp.form.ownerParticipant", action.getOwnerParticipant() == null ? null
                    : action.getOwnerParticipant().getNameLatin());
            fields.put("followUp.form.ownerInstitution", action.getOwnerInstitution() == null ? null
                    : action.getOwnerInstitution().getName().in("en"));
            fields.put("followUp.form.ownerText", action.getOwnerText());
            fields.put("followUp.form.dueDate", action.getDueDate());
            fields.put("followUp.form.status", Labels.of("followUp.status.", action.getStatus()));
            fields.put("followUp.completion.note", action.getCompletionNote());
            fields.put("followUp.completion.date", action.getCompletedOn());
            return fields;
        }
    };
}
