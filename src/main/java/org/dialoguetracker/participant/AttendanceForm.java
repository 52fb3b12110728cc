package org.dialoguetracker.participant;

import jakarta.validation.constraints.NotNull;

/** A change of one invitation's status and role, from the inline form of the attendance tool. */
public record AttendanceForm(@NotNull AttendanceStatus status, @NotNull AttendanceRole role, Long version) {
}
