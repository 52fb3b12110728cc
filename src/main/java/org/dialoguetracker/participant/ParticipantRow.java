package org.dialoguetracker.participant;

import org.dialoguetracker.shared.Bilingual;
import org.dialoguetracker.shared.Side;

/** A participant as lists show them: names in both scripts, institution, side and capacity. */
public record ParticipantRow(Long id, String nameLatin, String nameCyrillic, Bilingual institution, Side side,
        Capacity capacity, boolean archived) {

    static ParticipantRow of(Participant participant) {
        Institution institution = participant.getInstitution();
        return new ParticipantRow(participant.getId(), participant.getNameLatin(), participant.getNameCyrillic(),
                institution == null ? null : institution.getLabel(), participant.getSide(),
                participant.getCapacity(), participant.isArchived());
    }
}
