package org.dialoguetracker.notification;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.dialoguetracker.meeting.MeetingDetails;
import org.dialoguetracker.meeting.MeetingService;
import org.dialoguetracker.review.ReviewLinkIssued;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;

/**
 * Mails a guest reviewer their link when an organiser invites them (issue 14's reviewers page), in the organiser's
 * interface language. The link is a credential: the outbox keeps it only until the mail is sent (then it is blanked
 * out of the stored bodies, {@link MailDelivery}); while it waits, an admin reading the outbox sees the link masked
 * (the detail page shows the stored text with the token replaced). Without a mail server it waits for good: the
 * organiser, who saw the link once on the reviewers page, passes it on instead.
 */
@Service
public class ReviewLinks {

    private static final Logger log = LoggerFactory.getLogger(ReviewLinks.class);

    private final MeetingService meetings;

    private final Recipients recipients;

    private final MailRenderer renderer;

    private final Outbox outbox;

    private final NotificationProperties properties;

    ReviewLinks(MeetingService meetings, Recipients recipients, MailRenderer renderer, Outbox outbox,
            NotificationProperties properties) {
        this.meetings = meetings;
        this.recipients = recipients;
        this.renderer = renderer;
        this.outbox = outbox;
        this.properties = properties;
    }

    @ApplicationModuleListener
    void on(ReviewLinkIssued event) {
        if (!MailText.deliverable(event.email()) || recipients.unsubscribed(event.email(), MailKind.REVIEW_LINK)) {
            return;
        }
        MeetingDetails meeting = meetings.details(event.meetingId());
        outbox.enqueueOnce("invitation:" + event.invitationId(), "link", render(event, meeting))
                .ifPresent(id -> log.info("Review link of invitation {} enqueued (mail {})", event.invitationId(), id));
    }

    MailMessage render(ReviewLinkIssued event, MeetingDetails meeting) {
        String language = MailText.languageOf(event.language());
        String title = MailText.text(meeting.title(), language);
        Map<String, Object> variables = Map.of("reviewerName", event.reviewerName(), "meetingTitle", title,
                "reviewUrl", properties.link(event.path()),
                "expiresOn", MailText.date(event.expiresOn(), language));
        return renderer.render(MailKind.REVIEW_LINK, event.email().strip(), List.of(), language,
                MailKind.REVIEW_LINK, variables, List.of(), title);
    }
}
