package org.dialoguetracker.review;

/**
 * Who a valid review link speaks for: one invitation, to one meeting's draft. It is the only principal of a request
 * under {@code /review/**}, made afresh from the link's token on every request and never kept in a session.
 */
public record GuestReviewer(Long invitationId, Long meetingId, String name) {

    /** How the audit trail names the guest: never the token. */
    public String auditName() {
        String shown = name.length() > MAX_NAME_IN_TRAIL ? name.substring(0, MAX_NAME_IN_TRAIL - 1) + "…" : name;
        return "guest: " + shown + " (invitation #" + invitationId + ")";
    }

    /** The trail keeps 100 characters of a name: room for the invitation's number after it. */
    private static final int MAX_NAME_IN_TRAIL = 60;
}
