package org.dialoguetracker.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.dialoguetracker.account.User;
import org.dialoguetracker.account.Accounts;
import org.dialoguetracker.shared.AuditEvent;
import org.dialoguetracker.shared.AuditKind;
import org.dialoguetracker.shared.NotFoundException;
import org.dialoguetracker.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens: created and revoked by their owner on the profile page, checked on every API call
 * that sends one. A token's secret is 256 random bits, shown once when it is created; the database keeps its
 * SHA-256, by which a call's token is looked up, and a short prefix to recognise it by.
 */
@Service
@Transactional
class ApiTokens {

    /** Every secret starts so, which makes a leaked one easy to recognise (and to search for in a repository). */
    static final String SECRET_START = "dtpat_";

    /** How much of the secret the list shows: the fixed start and six random characters (36 of its 256 bits). */
    static final int PREFIX_LENGTH = SECRET_START.length() + 6;

    /** Longer than any secret this class makes; anything longer is not looked up at all. */
    private static final int MAX_SECRET_LENGTH = 100;

    private static final Logger log = LoggerFactory.getLogger(ApiTokens.class);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;

    private final Accounts users;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    ApiTokens(ApiTokenRepository tokens, Accounts users, ApplicationEventPublisher events, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    /** A token just created: its secret, which is not kept anywhere and cannot be shown again. */
    record Created(Long id, String name, String secret) {
    }

    /** Whom a valid token speaks for. */
    record Owner(String username, Role role) {
    }

    /** The signed-in user's account, as the profile page shows it. */
    @Transactional(readOnly = true)
    public User account(String username) {
        return users.byUsername(username).orElseThrow(() -> new NotFoundException("User", username));
    }

    @Transactional(readOnly = true)
    public List<TokenRow> list(String username) {
        Instant now = clock.instant();
        return tokens.findOwnedBy(username).stream().map(token -> TokenRow.of(token, now)).toList();
    }

    public Created create(String username, TokenForm form) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = SECRET_START + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        String name = form.name().strip();
        Instant expiresAt = form.expiresOn() == null ? null
                : form.expiresOn().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        ApiToken token = tokens.save(new ApiToken(account(username), name, hash(secret),
                secret.substring(0, PREFIX_LENGTH), clock.instant(), expiresAt));
        log.info("API token {} ({}) created by '{}'", token.getId(), token.getPrefix(), username);
        events.publishEvent(AuditEvent.byCurrentUser(AuditKind.ACCOUNT,
                "created API token \"" + name + "\" (" + token.getPrefix() + "…)"));
        return new Created(token.getId(), name, secret);
    }

    /** Revokes one of the user's own tokens; a token of anybody else's is not found. */
    public void revoke(String username, Long id) {
        ApiToken token = tokens.findOwned(id, username).orElseThrow(() -> new NotFoundException("API token", id));
        if (token.getRevokedAt() == null) {
            token.revoke(clock.instant());
            log.info("API token {} ({}) revoked by '{}'", id, token.getPrefix(), username);
            events.publishEvent(AuditEvent.byCurrentUser(AuditKind.ACCOUNT,
                    "revoked API token \"" + token.getName() + "\" (" + token.getPrefix() + "…)"));
        }
    }

    /**
     * The user a secret speaks for, if it is the secret of a token that is neither revoked nor expired and whose
     * owner is active; the token's last use is recorded (to the minute).
     */
    public Optional<Owner> authenticate(String secret) {
        if (secret == null || secret.isEmpty() || secret.length() > MAX_SECRET_LENGTH) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByHash(hash(secret)).filter(token -> token.admits(now)).map(token -> {
            token.used(now);
            return new Owner(token.getUser().getUsername(), token.getUser().getRole());
        });
    }

    /** The SHA-256 of a secret, in lower-case hex: what the database keeps. */
    static String hash(String secret) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(secret.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("every Java platform has SHA-256", ex);
        }
    }
}
