package org.dialoguetracker.participant;

/**
 * A participant was invited to a meeting (the attendance tool, one by one or in bulk: every path goes through
 * {@link AttendanceEditing#invite}). Published in the inviting transaction; the notification module mails the
 * invitation after it commits.
 *
 * @param status the status the invitation was recorded with (an organiser recording who attended after the fact
 *        invites them as ATTENDED, and nobody wants an invitation then)
 */
public record ParticipantInvited(Long meetingId, Long participantId, Long attendanceId, AttendanceStatus status) {
}
