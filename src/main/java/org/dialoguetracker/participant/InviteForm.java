package org.dialoguetracker.participant;

import jakarta.validation.constraints.NotNull;

/** An invitation of an existing participant to a meeting. */
public record InviteForm(@NotNull Long participantId, AttendanceStatus status, AttendanceRole role) {

    public InviteForm {
        status = status == null ? AttendanceStatus.INVITED : status;
        role = role == null ? AttendanceRole.PARTICIPANT : role;
    }
}
