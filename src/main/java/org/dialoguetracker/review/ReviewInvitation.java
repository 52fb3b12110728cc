package org.dialoguetracker.review;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An invitation to review one meeting's report draft through a link. It holds the SHA-256 of the link's token, never
 * the token. The link works until the end of {@link #expiresOn} and stops working once revoked.
 */
@Entity
@Table(name = "review_invitation")
class ReviewInvitation {

    /** How stale {@code lastUsedAt} may get before a visit records itself: one write a minute at most. */
    static final Duration LAST_USE_GRANULARITY = Duration.ofMinutes(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long meetingId;

    private String reviewerName;

    private String email;

    private LocalDate expiresOn;

    private String tokenHash;

    private String createdBy;

    private Instant createdAt;

    private Instant revokedAt;

    private String revokedBy;

    private Instant lastUsedAt;

    protected ReviewInvitation() {
    }

    ReviewInvitation(Long meetingId, String reviewerName, String email, LocalDate expiresOn, String tokenHash,
            String createdBy, Instant createdAt) {
        this.meetingId = meetingId;
        this.reviewerName = reviewerName;
        this.email = email;
        this.expiresOn = expiresOn;
        this.tokenHash = tokenHash;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    InvitationState state(LocalDate today) {
        if (revokedAt != null) {
            return InvitationState.REVOKED;
        }
        return today.isAfter(expiresOn) ? InvitationState.EXPIRED : InvitationState.ACTIVE;
    }

    /** Records a visit, unless one was recorded within {@link #LAST_USE_GRANULARITY}. */
    void used(Instant now) {
        if (lastUsedAt == null || !now.isBefore(lastUsedAt.plus(LAST_USE_GRANULARITY))) {
            lastUsedAt = now;
        }
    }

    /** Revokes it; an invitation revoked already keeps who revoked it first, and when. */
    boolean revoke(String username, Instant now) {
        if (revokedAt != null) {
            return false;
        }
        revokedAt = now;
        revokedBy = username;
        return true;
    }

    Long getId() {
        return id;
    }

    Long getMeetingId() {
        return meetingId;
    }

    String getReviewerName() {
        return reviewerName;
    }

    String getEmail() {
        return email;
    }

    LocalDate getExpiresOn() {
        return expiresOn;
    }

    String getCreatedBy() {
        return createdBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getRevokedAt() {
        return revokedAt;
    }

    String getRevokedBy() {
        return revokedBy;
    }

    Instant getLastUsedAt() {
        return lastUsedAt;
    }
}
