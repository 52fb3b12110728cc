package org.dialoguetracker.review;

import java.time.LocalDate;

/**
 * A guest reviewer's link was just made: the only moment its token exists in clear. The notification module mails it
 * to the address the organiser gave. The event is kept in the event publication registry only until its listener has
 * handled it (deleted then); see the notification module for what the outbox keeps of the link.
 *
 * @param language the inviting organiser's interface language when inviting, "en" or "ru": the guest has no account
 *        to tell theirs, and the organiser writes to them in it
 */
public record ReviewLinkIssued(Long invitationId, Long meetingId, String reviewerName, String email, String token,
        LocalDate expiresOn, String language) {

    /** The path of the link: {@code /review/<token>}. */
    public String path() {
        return "/review/" + token;
    }

    @Override
    public String toString() {
        return "ReviewLinkIssued[invitation " + invitationId + ", meeting " + meetingId + "]";
    }
}
