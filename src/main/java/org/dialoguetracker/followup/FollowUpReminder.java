package org.dialoguetracker.followup;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.dialoguetracker.meeting.Meeting;
import org.dialoguetracker.participant.Participant;
import org.dialoguetracker.shared.Bilingual;
import org.dialoguetracker.shared.Side;

/**
 * An open follow-up action that its owner is to be reminded of: what it is, for which recommendation, when it is
 * due, and whom to write to. Recommendations are not attributed, so quoting one is within every attribution rule;
 * nothing here says who said what at a meeting.
 *
 * @param meetingIds the meetings the recommendation came from, oldest first: their dialogues' leads get a copy
 * @param meetingTitle the title of the latest of those meetings, or null when it came from none
 */
public record FollowUpReminder(
        Long followUpId,
        Long recommendationId,
        String recommendationReference,
        Bilingual recommendationTitle,
        Bilingual description,
        LocalDate dueDate,
        boolean overdue,
        Long ownerId,
        Bilingual ownerName,
        String ownerEmail,
        Side ownerSide,
        List<Long> meetingIds,
        Bilingual meetingTitle) {

    static FollowUpReminder of(FollowUpAction action, LocalDate today) {
        Participant owner = action.getOwnerParticipant();
        List<Meeting> meetings = action.getRecommendation().getMeetings().stream()
                .sorted(Comparator.comparing(Meeting::getStartDate, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(Meeting::getId))
                .toList();
        return new FollowUpReminder(action.getId(), action.getRecommendation().getId(),
                action.getRecommendation().getReference(), action.getRecommendation().getTitle(),
                action.getDescription(), action.getDueDate(), action.isOverdue(today), owner.getId(), owner.getName(),
                owner.getEmail().strip(), owner.getSide(), meetings.stream().map(Meeting::getId).toList(),
                meetings.isEmpty() ? null : meetings.get(meetings.size() - 1).getTitle());
    }
}
