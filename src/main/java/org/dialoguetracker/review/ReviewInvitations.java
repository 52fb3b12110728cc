package org.dialoguetracker.review;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.dialoguetracker.meeting.MeetingRef;
import org.dialoguetracker.meeting.MeetingService;
import org.dialoguetracker.report.DraftRefusal;
import org.dialoguetracker.report.ReportDrafts;
import org.dialoguetracker.shared.AuditEvent;
import org.dialoguetracker.shared.AuditKind;
import org.dialoguetracker.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Guest reviewers' invitations: made and revoked by organisers on a meeting's reviewers page, and checked on every
 * request to a review link. A token is 32 bytes of {@link SecureRandom} (256 bits), base64url: shown once, when it is
 * made, and never kept or logged; the database keeps its SHA-256, by which a request's token is looked up.
 */
@Service
@Transactional
public class ReviewInvitations {

    /** How far ahead a link may expire. */
    public static final int MAX_DAYS_AHEAD = 90;

    /** The expiry the invitation form suggests. */
    static final int SUGGESTED_DAYS = 14;

    /** What a token looks like: 32 bytes in base64url without padding. Anything else is not looked up at all. */
    static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private static final Logger log = LoggerFactory.getLogger(ReviewInvitations.class);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ReviewInvitationRepository invitations;

    private final MeetingService meetings;

    private final ReportDrafts drafts;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    ReviewInvitations(ReviewInvitationRepository invitations, MeetingService meetings, ReportDrafts drafts,
            ApplicationEventPublisher events, Clock clock) {
        this.invitations = invitations;
        this.meetings = meetings;
        this.drafts = drafts;
        this.events = events;
        this.clock = clock;
    }

    /** An invitation just made, with its token: not kept anywhere, it cannot be shown again. */
    public record Created(Long id, String reviewerName, String token) {
    }

    /** What a review link's token opens: the guest's invitation, or why it opens nothing. */
    public record Opening(InvitationState state, GuestReviewer guest) {

        /** The token is nobody's: the 404 page, counted by the throttle. */
        static final Opening UNKNOWN = new Opening(null, null);

        public boolean unknown() {
            return state == null;
        }
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The form's first expiry date: two weeks from today. */
    public InvitationForm blankForm() {
        return InvitationForm.blank(today().plusDays(SUGGESTED_DAYS));
    }

    /**
     * What is wrong with an expiry date, as a message key of {@code review.properties}, or nothing: a link may not
     * expire in the past, nor more than {@value #MAX_DAYS_AHEAD} days ahead.
     */
    public Optional<String> expiryProblem(LocalDate expiresOn) {
        if (expiresOn == null) {
            return Optional.empty();
        }
        if (expiresOn.isBefore(today())) {
            return Optional.of("review.invite.expiresOn.past");
        }
        if (expiresOn.isAfter(today().plusDays(MAX_DAYS_AHEAD))) {
            return Optional.of("review.invite.expiresOn.tooLate");
        }
        return Optional.empty();
    }

    /**
     * Why nobody may be invited to the meeting's draft now, as a message key of {@code review.properties}, or
     * nothing: a published draft takes no comment, so a link to it would open a draft the guest cannot review.
     */
    @Transactional(readOnly = true)
    public Optional<String> draftProblem(Long meetingId) {
        return drafts.published(meetingId) ? Optional.of("review.invite.published") : Optional.empty();
    }

    /** The meeting's invitations, newest first. An unknown meeting is not found. */
    @Transactional(readOnly = true)
    public List<InvitationRow> list(Long meetingId) {
        requireMeeting(meetingId);
        LocalDate today = today();
        return invitations.findByMeetingIdOrderByCreatedAtDescIdDesc(meetingId).stream()
                .map(invitation -> InvitationRow.of(invitation, today)).toList();
    }

    /**
     * Invites a reviewer to the meeting's draft; the form has been validated, its expiry included.
     *
     * @throws DraftRefusal when the draft is published ({@link #draftProblem}); nothing is saved
     */
    public Created invite(Long meetingId, InvitationForm form, String username) {
        requireMeeting(meetingId);
        if (form.expiresOn() == null || expiryProblem(form.expiresOn()).isPresent()) {
            throw new IllegalArgumentException("an invitation's expiry must be checked first");
        }
        draftProblem(meetingId).ifPresent(problem -> {
            throw new DraftRefusal(problem);
        });
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        String name = form.name().strip();
        ReviewInvitation invitation = invitations.save(new ReviewInvitation(meetingId, name, form.email().strip(),
                form.expiresOn(), hash(token), username, clock.instant()));
        log.info("Review invitation {} for meeting {} made by '{}', expiring on {}", invitation.getId(), meetingId,
                username, form.expiresOn());
        events.publishEvent(AuditEvent.byCurrentUser(AuditKind.REVIEW_INVITE, "invited \"" + name
                + "\" to review the report draft of meeting #" + meetingId + " (invitation #" + invitation.getId()
                + ", until " + form.expiresOn() + ")"));
        String language = "ru".equals(org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage())
                ? "ru" : "en";
        events.publishEvent(new ReviewLinkIssued(invitation.getId(), meetingId, name, form.email().strip(), token,
                form.expiresOn(), language));
        return new Created(invitation.getId(), name, token);
    }

    /** Revokes one of the meeting's invitations; one of another meeting's is not found. */
    public void revoke(Long meetingId, Long invitationId, String username) {
        ReviewInvitation invitation = invitations.findByIdAndMeetingId(invitationId, meetingId)
                .orElseThrow(() -> new NotFoundException("Review invitation", invitationId));
        if (invitation.revoke(username, clock.instant())) {
            log.info("Review invitation {} of meeting {} revoked by '{}'", invitationId, meetingId, username);
            events.publishEvent(AuditEvent.byCurrentUser(AuditKind.REVIEW_REVOKE, "revoked the review link of \""
                    + invitation.getReviewerName() + "\" to meeting #" + meetingId + " (invitation #" + invitationId
                    + ")"));
        }
    }

    /** What a token opens, looked up by its hash; nothing is written. */
    @Transactional(readOnly = true)
    public Opening open(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Opening.UNKNOWN;
        }
        return invitations.findByTokenHash(hash(token))
                .map(invitation -> new Opening(invitation.state(today()), new GuestReviewer(invitation.getId(),
                        invitation.getMeetingId(), invitation.getReviewerName())))
                .orElse(Opening.UNKNOWN);
    }

    /** The meeting, as the reviewers' page names it; an unknown one is not found. */
    @Transactional(readOnly = true)
    public MeetingRef meeting(Long meetingId) {
        return requireMeeting(meetingId);
    }

    private MeetingRef requireMeeting(Long meetingId) {
        return meetings.refs(List.of(meetingId)).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("Meeting", meetingId));
    }

    /** The SHA-256 of a token, in lower-case hex: what the database keeps. */
    static String hash(String token) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(token.getBytes(StandardCharsets.US_ASCII)));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("every Java platform has SHA-256", ex);
        }
    }
}
