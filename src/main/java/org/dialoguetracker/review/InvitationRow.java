package org.dialoguetracker.review;

import java.time.Instant;
import java.time.LocalDate;

/** One invitation as the reviewers' page lists it: never its token, which is not kept. */
public record InvitationRow(Long id, String reviewerName, String email, LocalDate expiresOn, InvitationState state,
        String createdBy, Instant createdAt, String revokedBy, Instant revokedAt, Instant lastUsedAt) {

    static InvitationRow of(ReviewInvitation invitation, LocalDate today) {
        return new InvitationRow(invitation.getId(), invitation.getReviewerName(), invitation.getEmail(),
                invitation.getExpiresOn(), invitation.state(today), invitation.getCreatedBy(),
                invitation.getCreatedAt(), invitation.getRevokedBy(), invitation.getRevokedAt(),
                invitation.getLastUsedAt());
    }

    public boolean revocable() {
        return state != InvitationState.REVOKED;
    }
}
