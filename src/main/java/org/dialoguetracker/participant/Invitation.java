package org.dialoguetracker.participant;

import org.dialoguetracker.shared.Bilingual;
import org.dialoguetracker.shared.Side;

/** One row of a meeting's attendance tool: the invited participant and their status and role. */
public record Invitation(Long id, Long participantId, String nameLatin, String nameCyrillic, Bilingual institution,
        Side side, Capacity capacity, AttendanceStatus status, AttendanceRole role, long version) {

    static Invitation of(Attendance attendance) {
        Participant participant = attendance.getParticipant();
        Institution institution = participant.getInstitution();
        return new Invitation(attendance.getId(), participant.getId(), participant.getNameLatin(),
                participant.getNameCyrillic(), institution == null ? null : institution.getLabel(),
                participant.getSide(), participant.getCapacity(), attendance.getStatus(), attendance.getRole(),
                attendance.getVersion());
    }

    public boolean attended() {
        return status == AttendanceStatus.ATTENDED;
    }
}
