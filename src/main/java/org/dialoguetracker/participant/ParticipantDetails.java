package org.dialoguetracker.participant;

import java.time.LocalDate;
import java.util.List;

import org.dialoguetracker.shared.Bilingual;
import org.dialoguetracker.shared.Side;

/** A participant's page: who they are, how to reach them, and the meetings they were invited to. */
public record ParticipantDetails(Long id, String nameLatin, String nameCyrillic, Long institutionId,
        Bilingual institution, Side side, Capacity capacity, Bilingual position, String email, String phone,
        boolean archived, List<MeetingInvitation> meetings) {

    static ParticipantDetails of(Participant participant, List<MeetingInvitation> meetings) {
        Institution institution = participant.getInstitution();
        return new ParticipantDetails(participant.getId(), participant.getNameLatin(),
                participant.getNameCyrillic(), institution == null ? null : institution.getId(),
                institution == null ? null : institution.getName(), participant.getSide(),
                participant.getCapacity(), participant.getPosition(), participant.getEmail(),
                participant.getPhone(), participant.isArchived(), meetings);
    }

    /** One meeting the participant was invited to, with their status and role there. */
    public record MeetingInvitation(Long meetingId, Bilingual title, LocalDate startDate, LocalDate endDate,
            AttendanceStatus status, AttendanceRole role) {

        public MeetingInvitation(Long meetingId, String titleEn, String titleRu, LocalDate startDate,
                LocalDate endDate, AttendanceStatus status, AttendanceRole role) {
            this(meetingId, new Bilingual(titleEn, titleRu), startDate, endDate, status, role);
        }
    }
}
