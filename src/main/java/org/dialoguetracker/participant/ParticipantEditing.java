package org.dialoguetracker.participant;

import java.util.ArrayList;
import java.util.List;

import org.dialoguetracker.shared.NotFoundException;
import org.dialoguetracker.shared.Versions;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** What organisers change of participants: their record, archiving, and deletion of those never involved. */
@Service
@Transactional
public class ParticipantEditing {

    private final ParticipantRepository participants;

    private final AttendanceRepository attendance;

    private final InstitutionRepository institutions;

    ParticipantEditing(ParticipantRepository participants, AttendanceRepository attendance,
            InstitutionRepository institutions) {
        this.participants = participants;
        this.attendance = attendance;
        this.institutions = institutions;
    }

    /** Checks what Bean Validation cannot: the scripts of the names and that the institution exists. */
    @Transactional(readOnly = true)
    public void validate(ParticipantForm form, Errors errors) {
        form.validate(errors);
        if (form.institutionId() != null && !institutions.existsById(form.institutionId())) {
            errors.rejectValue("institutionId", "form.choice.unknown");
        }
    }

    public Long create(ParticipantForm form) {
        Participant participant = new Participant(form.nameLatin(), null, null, form.side(), form.capacity());
        participant.apply(form, institution(form));
        return participants.save(participant).getId();
    }

    public void update(Long id, ParticipantForm form) {
        Participant participant = participant(id);
        Versions.check(Participant.class, id, participant.getVersion(), form.version());
        participant.apply(form, institution(form));
    }

    /**
     * Deletes a participant unless the record of the dialogue keeps them: a meeting they attended, a statement
     * they made, a follow-up action they own (now or in its history). Invitations they did not take up go with
     * them.
     *
     * @return the message keys of what keeps them; empty when they were deleted
     */
    public List<String> delete(Long id) {
        Participant participant = participant(id);
        List<String> reasons = new ArrayList<>();
        if (participants.hasAttended(id)) {
            reasons.add("participant.delete.refused.attended");
        }
        if (participants.hasSpoken(id)) {
            reasons.add("participant.delete.refused.speaker");
        }
        if (participants.ownsFollowUps(id)) {
            reasons.add("participant.delete.refused.owner");
        }
        if (reasons.isEmpty()) {
            attendance.deleteInvitationsOf(id);
            participants.delete(participant);
        }
        return reasons;
    }

    public void archive(Long id) {
        participant(id).archive();
    }

    public void unarchive(Long id) {
        participant(id).unarchive();
    }

    private Participant participant(Long id) {
        return participants.findById(id).orElseThrow(() -> new NotFoundException("Participant", id));
    }

    private Institution institution(ParticipantForm form) {
        return form.institutionId() == null ? null : institutions.findById(form.institutionId()).orElseThrow();
    }
}
