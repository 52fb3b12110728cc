package org.dialoguetracker.imports;

import java.io.Serializable;
import java.time.LocalDate;

import org.dialoguetracker.followup.FollowUpForm;
import org.dialoguetracker.followup.FollowUpStatus;
import org.dialoguetracker.shared.Bilingual;

/** A follow-up action a line of the file adds to its recommendation: open, without an owner yet. */
public record PlannedFollowUp(String descriptionEn, String descriptionRu, LocalDate dueDate) implements Serializable {

    public Bilingual description() {
        return new Bilingual(descriptionEn, descriptionRu);
    }

    /** The action as organisers would enter it on the follow-up form, so that the same rules apply. */
    FollowUpForm form() {
        return new FollowUpForm(descriptionEn, descriptionRu, null, null, null, dueDate, FollowUpStatus.OPEN, null);
    }
}
