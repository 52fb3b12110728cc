package org.dialoguetracker.api;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.dialoguetracker.account.User;

/**
 * A personal access token for the JSON API. It holds the SHA-256 of its secret, never the secret, and a short
 * prefix of the secret by which its owner recognises it.
 */
@Entity
@Table(name = "api_token")
class ApiToken {

    /** How stale {@code lastUsedAt} may get before a use records itself: one write a minute at most. */
    static final Duration LAST_USE_GRANULARITY = Duration.ofMinutes(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private User user;

    private String name;

    private String tokenHash;

    private String prefix;

    private Instant createdAt;

    private Instant lastUsedAt;

    private Instant expiresAt;

    private Instant revokedAt;

    protected ApiToken() {
    }

    ApiToken(User user, String name, String tokenHash, String prefix, Instant createdAt, Instant expiresAt) {
        this.user = user;
        this.name = name;
        this.tokenHash = tokenHash;
        this.prefix = prefix;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** Whether the token lets its owner in at {@code now}: neither revoked nor expired, and the owner active. */
    boolean admits(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt)) && user.isActive();
    }

    /** Records a use, unless one was recorded within {@link #LAST_USE_GRANULARITY}. */
    void used(Instant now) {
        if (lastUsedAt == null || !now.isBefore(lastUsedAt.plus(LAST_USE_GRANULARITY))) {
            lastUsedAt = now;
        }
    }

    /** Revokes it; a token revoked already keeps the time of its first revocation. */
    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    Long getId() {
        return id;
    }

    User getUser() {
        return user;
    }

    String getName() {
        return name;
    }

    String getPrefix() {
        return prefix;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getLastUsedAt() {
        return lastUsedAt;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    Instant getRevokedAt() {
        return revokedAt;
    }
}
