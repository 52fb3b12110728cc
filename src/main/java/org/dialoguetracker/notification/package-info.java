/**
 * Notifications by e-mail (issue 15): reminders to the owners of follow-ups, the weekly digest, invitations to
 * meetings with a calendar entry, and guest reviewers' links. Every mail is rendered into the outbox
 * ({@code mail_outbox}) when it is decided, and delivered from there by a scheduled job when a mail server is
 * configured; admins read the outbox at {@code /admin/outbox}. The module reacts to the others through their events
 * and reads them through their APIs; no module calls it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.dialoguetracker.notification;
