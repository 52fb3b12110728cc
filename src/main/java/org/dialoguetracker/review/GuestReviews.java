package org.dialoguetracker.review;

import org.dialoguetracker.report.CommentAuthor;
import org.dialoguetracker.report.DraftReaderView;
import org.dialoguetracker.report.ReportDrafts;
import org.dialoguetracker.shared.AuditEvent;
import org.dialoguetracker.shared.AuditKind;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a guest reviewer does through their link: read the one draft of their invitation's meeting, as the report
 * module's reader view gives it (the meeting's attribution rule applied on the server, as for a researcher), and
 * comment on its sections. Every visit and every comment goes into the audit trail under the guest's name and
 * invitation, never under the link's token.
 */
@Service
@Transactional
public class GuestReviews {

    /** As long as the report module takes a comment. */
    public static final int MAX_COMMENT = 10_000;

    private final ReportDrafts drafts;

    private final ReviewInvitationRepository invitations;

    private final ApplicationEventPublisher events;

    private final java.time.Clock clock;

    GuestReviews(ReportDrafts drafts, ReviewInvitationRepository invitations, ApplicationEventPublisher events,
            java.time.Clock clock) {
        this.drafts = drafts;
        this.invitations = invitations;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The draft of the guest's meeting in the language asked for ("en" or "ru"), recorded as a visit.
     *
     * @throws org.dialoguetracker.shared.NotFoundException when the meeting has no draft
     */
    public DraftReaderView visit(GuestReviewer guest, String language, String address) {
        DraftReaderView view = drafts.readerView(guest.meetingId(), language);
        used(guest);
        events.publishEvent(new AuditEvent(AuditKind.REVIEW_VISIT, guest.auditName(),
                "read the report draft of meeting #" + guest.meetingId() + " (" + view.language() + ")", address));
        return view;
    }

    /** The draft again, for the page of a comment refused: not another visit. */
    @Transactional(readOnly = true)
    public DraftReaderView view(GuestReviewer guest, String language) {
        return drafts.readerView(guest.meetingId(), language);
    }

    /**
     * Adds the guest's comment, or reply, to a section of their meeting's draft only: a section of another meeting's
     * draft is not found, as is a comment replied to of another section.
     *
     * @return the new comment's id
     * @throws org.dialoguetracker.report.DraftRefusal when the draft no longer takes comments (it was published)
     */
    public Long comment(GuestReviewer guest, CommentForm form, String address) {
        Long id = drafts.comment(guest.meetingId(), form.sectionId(), form.parentId(),
                CommentAuthor.guest(guest.invitationId(), guest.name()), form.body());
        used(guest);
        events.publishEvent(new AuditEvent(AuditKind.REVIEW_COMMENT, guest.auditName(),
                (form.parentId() == null ? "commented on section #" + form.sectionId()
                        : "replied to comment #" + form.parentId() + " of section #" + form.sectionId())
                        + " of the report draft of meeting #" + guest.meetingId() + " (comment #" + id + ")",
                address));
        return id;
    }

    private void used(GuestReviewer guest) {
        invitations.findById(guest.invitationId()).ifPresent(invitation -> invitation.used(clock.instant()));
    }
}
