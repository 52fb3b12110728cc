package org.dialoguetracker.meeting;

/**
 * A step of the meeting's lifecycle that its status does not allow, such as publishing the report of a meeting that
 * was never held. Nothing is saved; the pages answer it with the 409 page that says what the status is
 * ({@code meeting/web/MeetingStatusErrors}).
 */
public class MeetingStatusRefused extends RuntimeException {

    private final Long meetingId;

    private final MeetingStatus status;

    private final LifecycleStep step;

    MeetingStatusRefused(Long meetingId, MeetingStatus status, LifecycleStep step) {
        super("Meeting " + meetingId + " is " + status + ": " + step + " is not allowed from there");
        this.meetingId = meetingId;
        this.status = status;
        this.step = step;
    }

    public Long meetingId() {
        return meetingId;
    }

    public MeetingStatus status() {
        return status;
    }

    public LifecycleStep step() {
        return step;
    }
}
