package org.dialoguetracker.shared;

/**
 * What an entry of the audit trail records. CHANGE entries come from the Envers revisions. LOGIN_THROTTLED is a login
 * refused by the login throttle without its password being checked; unlike LOGIN_FAILED, the throttle does not count
 * it.
 */
public enum AuditKind {
    LOGIN, LOGIN_FAILED, LOGIN_THROTTLED, LOGOUT, ACCOUNT, EXPORT, MEETING_STATUS, REPORT_SIGNED, REPORT_PUBLISHED,
    CHANGE
}
