package org.dialoguetracker.notification;

import java.util.List;

/**
 * A mail as rendered, before it is in the outbox.
 *
 * @param cc the copies' addresses (the meeting's leads on a reminder), none for most kinds
 * @param language the recipient's, "en" or "ru": the language it is written in
 */
public record MailMessage(MailKind kind, String to, List<String> cc, String language, String subject, String text, String html,
        List<Attachment> attachments) {

    public MailMessage {
        cc = List.copyOf(cc);
        attachments = List.copyOf(attachments);
    }

    /** A file sent with the mail: the invitation's calendar entry. */
    public record Attachment(String fileName, String contentType, byte[] content) {
    }
}
