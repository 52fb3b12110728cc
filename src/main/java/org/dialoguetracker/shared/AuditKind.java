package org.dialoguetracker.shared;

/** What an entry of the audit trail records. CHANGE entries come from the Envers revisions. */
public enum AuditKind {
    LOGIN, LOGIN_FAILED, LOGOUT, ACCOUNT, EXPORT, CHANGE
}
