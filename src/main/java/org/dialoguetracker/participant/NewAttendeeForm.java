package org.dialoguetracker.participant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** A participant created on the spot and invited to the meeting in the same step. */
public record NewAttendeeForm(
        @Valid @NotNull ParticipantForm participant,
        @NotNull(message = "{people.form.choose.required}") AttendanceStatus status,
        @NotNull(message = "{people.form.choose.required}") AttendanceRole role) {

    public static NewAttendeeForm blank() {
        return new NewAttendeeForm(ParticipantForm.blank(), AttendanceStatus.INVITED, AttendanceRole.PARTICIPANT);
    }
}
