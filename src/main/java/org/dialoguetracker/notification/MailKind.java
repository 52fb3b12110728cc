package org.dialoguetracker.notification;

/** What a mail is for; each has its templates under {@code templates/mail/} and can be unsubscribed from. */
public enum MailKind {
    /** To the owner of a follow-up before it is due and weekly while overdue; the meeting's leads copied. */
    REMINDER,
    /** An account's weekly digest, written within what that account may read. */
    DIGEST,
    /** To a participant invited to a meeting, with the meeting in an ICS attachment. */
    INVITATION,
    /** A guest reviewer's link to a report draft. */
    REVIEW_LINK;

    /** The name of its templates: {@code mail/reminder.html}, {@code mail/reminder.txt}. */
    String template() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
