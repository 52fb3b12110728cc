package org.dialoguetracker.report;

import org.dialoguetracker.meeting.DialogueLeads;
import org.dialoguetracker.meeting.MeetingLifecycle;
import org.dialoguetracker.meeting.MeetingService;

import org.springframework.stereotype.Component;

/**
 * The meeting's side of the report's workflow, through the meeting module's API: each side's lead of the meeting's
 * dialogue ({@link MeetingService#leads}), and the status steps of {@link MeetingLifecycle}, which refuses a step
 * the meeting's status does not allow (a PLANNED meeting's draft) with its own exception and 409 page.
 */
@Component
class MeetingReportLifecycle implements ReportLifecycle {

    private final MeetingService meetings;

    private final MeetingLifecycle lifecycle;

    MeetingReportLifecycle(MeetingService meetings, MeetingLifecycle lifecycle) {
        this.meetings = meetings;
        this.lifecycle = lifecycle;
    }

    @Override
    public Leads leads(Long meetingId) {
        DialogueLeads leads = meetings.leads(meetingId);
        return new Leads(lead(leads.uk()), lead(leads.russia()));
    }

    @Override
    public void drafted(Long meetingId) {
        lifecycle.reportDrafted(meetingId);
    }

    @Override
    public void published(Long meetingId) {
        lifecycle.reportPublished(meetingId);
    }

    private static Lead lead(DialogueLeads.Lead lead) {
        return lead == null ? null : new Lead(lead.userId(), lead.username(), lead.displayName());
    }
}
