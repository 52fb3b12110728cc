package org.dialoguetracker.report;

import org.dialoguetracker.shared.Side;

/**
 * What the report's workflow needs of the meeting it reports on, beyond its records: the lead organiser of each side
 * (who alone may sign that side's sign-offs), and the steps of the meeting's status that drafting and publishing
 * cause. Implemented over the meeting module's API ({@link MeetingReportLifecycle}).
 */
interface ReportLifecycle {

    /** The leads of the dialogue the meeting belongs to; either may be unset (null). */
    Leads leads(Long meetingId);

    /** A draft was started: the meeting moves to REPORT_DRAFTED (it stays REPORT_PUBLISHED during a correction). */
    void drafted(Long meetingId);

    /** An edition was published: the meeting moves to REPORT_PUBLISHED. */
    void published(Long meetingId);

    /** A side's lead organiser: a user with the ORGANISER or ADMIN role and that side. */
    record Lead(Long userId, String username, String displayName) {
    }

    record Leads(Lead uk, Lead russia) {

        Lead of(Side side) {
            return side == Side.RUSSIA ? russia : uk;
        }
    }
}
