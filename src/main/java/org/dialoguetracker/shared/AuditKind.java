package org.dialoguetracker.shared;

/**
 * What an entry of the audit trail records. CHANGE entries come from the Envers revisions. LOGIN_THROTTLED is a login
 * refused by the login throttle without its password being checked; unlike LOGIN_FAILED, the throttle does not count
 * it. The REVIEW_ kinds are issue 14's guest reviewers: an invitation made or revoked by an organiser, a guest's visit
 * and comment (recorded under "guest: NAME (invitation #id)", never under the link's token), and a review link refused
 * as unknown, which the review throttle counts. NOTIFICATIONS_RUN is an admin's "run now" of the mail jobs (issue 15).
 * The DOCUMENT_ kinds are issue 15's documents: an upload, a replacement, a
 * deletion, a change of who may read one, and a download refused to its reader.
 */
public enum AuditKind {
    LOGIN, LOGIN_FAILED, LOGIN_THROTTLED, LOGOUT, ACCOUNT, EXPORT, MEETING_STATUS, REPORT_SIGNED, REPORT_PUBLISHED,
    CHANGE, REVIEW_INVITE, REVIEW_REVOKE, REVIEW_VISIT, REVIEW_COMMENT, REVIEW_REFUSED,
    NOTIFICATIONS_RUN,
    DOCUMENT_UPLOAD, DOCUMENT_REPLACE, DOCUMENT_DELETE, DOCUMENT_ACCESS, DOCUMENT_REFUSED
}
