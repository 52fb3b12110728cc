package org.dialoguetracker.participant;

import org.dialoguetracker.shared.NotFoundException;
import org.dialoguetracker.shared.Versions;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Who is invited to a meeting, and how they took part. The meeting is checked by the caller; an attended
 * invitation is never removed, so that the record of who came is kept.
 */
@Service
@Transactional
public class AttendanceEditing {

    private final AttendanceRepository attendance;

    private final ParticipantRepository participants;

    private final ParticipantEditing participantEditing;

    private final ApplicationEventPublisher events;

    AttendanceEditing(AttendanceRepository attendance, ParticipantRepository participants,
            ParticipantEditing participantEditing, ApplicationEventPublisher events) {
        this.attendance = attendance;
        this.participants = participants;
        this.participantEditing = participantEditing;
        this.events = events;
    }

    /** Refuses an unknown or archived participant, or one already invited, with a message for the whole form. */
    @Transactional(readOnly = true)
    public void validate(Long meetingId, InviteForm form, Errors errors) {
        if (form.participantId() == null) {
            return;
        }
        Participant participant = participants.findById(form.participantId()).orElse(null);
        if (participant == null || participant.isArchived()) {
            errors.reject("attendance.invite.unknown");
        }
        else if (attendance.isInvited(meetingId, participant.getId())) {
            errors.reject("attendance.invite.already", new Object[] { participant.getNameLatin() }, null);
        }
    }

    /** The new participant's rules, reported next to the participant's fields of the form. */
    @Transactional(readOnly = true)
    public void validate(NewAttendeeForm form, Errors errors) {
        if (form.participant() != null) {
            errors.pushNestedPath("participant");
            participantEditing.validate(form.participant(), errors);
            errors.popNestedPath();
        }
    }

    /** Invites the participant, and tells the other modules so ({@link ParticipantInvited}: the invitation mail). */
    public void invite(Long meetingId, InviteForm form) {
        Participant participant = participants.findById(form.participantId()).orElseThrow();
        Attendance saved = attendance.save(new Attendance(meetingId, participant, form.status(), form.role()));
        events.publishEvent(new ParticipantInvited(meetingId, participant.getId(), saved.getId(), saved.getStatus()));
    }

    /** Creates the participant and invites them, both or neither. */
    public Long createAndInvite(Long meetingId, NewAttendeeForm form) {
        Long participantId = participantEditing.create(form.participant());
        invite(meetingId, new InviteForm(participantId, form.status(), form.role()));
        return participantId;
    }

    public void change(Long meetingId, Long attendanceId, AttendanceForm form) {
        Attendance invitation = invitation(meetingId, attendanceId);
        Versions.check(Attendance.class, attendanceId, invitation.getVersion(), form.version());
        invitation.change(form.status(), form.role());
    }

    /**
     * Removes an invitation that was not taken up.
     *
     * @return false, and nothing removed, when the participant attended
     */
    public boolean remove(Long meetingId, Long attendanceId) {
        Attendance invitation = invitation(meetingId, attendanceId);
        if (invitation.getStatus() == AttendanceStatus.ATTENDED) {
            return false;
        }
        attendance.delete(invitation);
        return true;
    }

    private Attendance invitation(Long meetingId, Long attendanceId) {
        return attendance.findInMeeting(meetingId, attendanceId)
                .orElseThrow(() -> new NotFoundException("Attendance", attendanceId));
    }
}
