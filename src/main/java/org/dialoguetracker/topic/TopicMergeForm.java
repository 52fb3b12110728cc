package org.dialoguetracker.topic;

import org.springframework.validation.Errors;

/** The topic another one is merged into. */
public record TopicMergeForm(Long targetId) {

    void validate(Errors errors) {
        if (targetId == null) {
            errors.rejectValue("targetId", "topic.merge.target.required");
        }
    }
}
