package org.dialoguetracker.notification;

import java.util.List;

/**
 * One mail of the outbox with what it says.
 *
 * @param redacted a guest reviewer's link was blanked out of the bodies after sending (the link is a credential)
 */
public record OutboxEntry(OutboxRow mail, String text, String html, boolean redacted, List<AttachmentInfo> attachments) {

    /** An attachment, without its bytes. */
    public record AttachmentInfo(Long id, String fileName, String contentType, long size) {
    }
}
