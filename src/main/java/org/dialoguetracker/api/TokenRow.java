package org.dialoguetracker.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A token as its owner's list shows it, times in UTC: never its secret, which nobody can see again after its
 * creation.
 *
 * @param expiresOn the last day it works; null when it lasts until revoked
 */
public record TokenRow(Long id, String name, String prefix, LocalDateTime createdAt, LocalDateTime lastUsedAt,
        LocalDate expiresOn, LocalDateTime revokedAt, State state) {

    public enum State { ACTIVE, EXPIRED, REVOKED }

    static TokenRow of(ApiToken token, Instant now) {
        State state = token.getRevokedAt() != null ? State.REVOKED
                : token.getExpiresAt() != null && !now.isBefore(token.getExpiresAt()) ? State.EXPIRED
                : State.ACTIVE;
        return new TokenRow(token.getId(), token.getName(), token.getPrefix(), utc(token.getCreatedAt()),
                utc(token.getLastUsedAt()),
                token.getExpiresAt() == null ? null : utc(token.getExpiresAt()).toLocalDate().minusDays(1),
                utc(token.getRevokedAt()), state);
    }

    public boolean revocable() {
        return state != State.REVOKED;
    }

    private static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
