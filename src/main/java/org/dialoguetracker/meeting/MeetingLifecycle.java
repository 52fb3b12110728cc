package org.dialoguetracker.meeting;

import java.time.Clock;
import java.time.LocalDate;

import org.dialoguetracker.shared.AuditEvent;
import org.dialoguetracker.shared.AuditKind;
import org.dialoguetracker.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of a meeting's lifecycle, PLANNED → HELD → REPORT_DRAFTED → REPORT_PUBLISHED, each taken by the action
 * that causes it: an organiser marks a meeting as held; the report module, which sits above this one, tells it that a
 * report was drafted or published. Which step is allowed from which status is {@link LifecycleStep}'s table. Every
 * change of status is an entry of the audit trail (and, the meeting being audited, a revision of its history).
 */
@Service
@Transactional
public class MeetingLifecycle {

    private final MeetingRepository meetings;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    MeetingLifecycle(MeetingRepository meetings, ApplicationEventPublisher events, Clock clock) {
        this.meetings = meetings;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Marks a planned meeting as held, from its first day on.
     *
     * @return false, and nothing changes, when the meeting has not begun yet (its first day is after today)
     * @throws MeetingStatusRefused if the meeting is not PLANNED
     * @throws NotFoundException if there is no such meeting
     */
    public boolean markHeld(Long meetingId) {
        Meeting meeting = meeting(meetingId);
        if (meeting.getStartDate().isAfter(LocalDate.now(clock))) {
            return false;
        }
        take(meeting, LifecycleStep.MARK_HELD);
        return true;
    }

    /**
     * The report module started the draft of this meeting's report: a HELD meeting becomes REPORT_DRAFTED. Allowed
     * again once drafted or published, when it changes nothing (a correction after publishing leaves the meeting
     * published).
     *
     * @throws MeetingStatusRefused if the meeting is PLANNED (not held yet); nothing changes
     * @throws NotFoundException if there is no such meeting
     */
    public void reportDrafted(Long meetingId) {
        take(meeting(meetingId), LifecycleStep.REPORT_DRAFTED);
    }

    /**
     * The report module published an edition of this meeting's report: a REPORT_DRAFTED meeting becomes
     * REPORT_PUBLISHED; a later edition leaves it so.
     *
     * @throws MeetingStatusRefused if the meeting is PLANNED or HELD (no draft yet); nothing changes
     * @throws NotFoundException if there is no such meeting
     */
    public void reportPublished(Long meetingId) {
        take(meeting(meetingId), LifecycleStep.REPORT_PUBLISHED);
    }

    private void take(Meeting meeting, LifecycleStep step) {
        MeetingStatus before = meeting.getStatus();
        if (meeting.take(step)) {
            events.publishEvent(AuditEvent.byCurrentUser(AuditKind.MEETING_STATUS, "meeting " + meeting.getId()
                    + ": " + before + " → " + meeting.getStatus()));
        }
    }

    private Meeting meeting(Long id) {
        return meetings.findById(id).orElseThrow(() -> new NotFoundException("Meeting", id));
    }
}
