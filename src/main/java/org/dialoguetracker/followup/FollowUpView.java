package org.dialoguetracker.followup;

import java.time.LocalDate;

import org.dialoguetracker.participant.Participant;
import org.dialoguetracker.shared.Bilingual;
import org.dialoguetracker.shared.Viewer;

/**
 * A follow-up action as pages show it, with its recommendation for lists that mix recommendations.
 *
 * @param owner who carries it: a participant's name, an institution's name or free text; null when nobody yet.
 *        Participants' names are for organisers and admins: other readers get the participant's institution.
 */
public record FollowUpView(
        Long id,
        Long recommendationId,
        String recommendationReference,
        Bilingual recommendationTitle,
        Bilingual description,
        Bilingual owner,
        LocalDate dueDate,
        FollowUpStatus status,
        String completionNote,
        LocalDate completedOn,
        boolean overdue) {

    static FollowUpView of(FollowUpAction action, LocalDate today, Viewer viewer) {
        Bilingual owner = null;
        Participant participant = action.getOwnerParticipant();
        if (participant != null) {
            if (viewer.seesEverything()) {
                owner = participant.getName();
            }
            else if (participant.getInstitution() != null) {
                owner = participant.getInstitution().getName();
            }
        }
        else if (action.getOwnerInstitution() != null) {
            owner = action.getOwnerInstitution().getName();
        }
        else if (action.getOwnerText() != null) {
            owner = new Bilingual(action.getOwnerText(), action.getOwnerText());
        }
        return new FollowUpView(action.getId(), action.getRecommendation().getId(),
                action.getRecommendation().getReference(), action.getRecommendation().getTitle(),
                action.getDescription(), owner, action.getDueDate(), action.getStatus(), action.getCompletionNote(),
                action.getCompletedOn(), action.isOverdue(today));
    }
}
