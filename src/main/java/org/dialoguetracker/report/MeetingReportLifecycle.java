package org.dialoguetracker.report;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The meeting's side of the report's workflow, until the meeting module offers its lifecycle and each side's lead:
 * the status moves forward only (HELD to REPORT_DRAFTED, REPORT_DRAFTED to REPORT_PUBLISHED), and no dialogue names
 * a lead yet, so nobody can sign.
 */
@Component
class MeetingReportLifecycle implements ReportLifecycle {

    private final JdbcTemplate jdbc;

    MeetingReportLifecycle(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Leads leads(Long meetingId) {
        return new Leads(null, null);
    }

    @Override
    public void drafted(Long meetingId) {
        jdbc.update("update meeting set status = 'REPORT_DRAFTED' where id = ? and status = 'HELD'", meetingId);
    }

    @Override
    public void published(Long meetingId) {
        jdbc.update("update meeting set status = 'REPORT_PUBLISHED' where id = ? and status = 'REPORT_DRAFTED'",
                meetingId);
    }
}
