package org.dialoguetracker.notification;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The unsubscribe links' tokens: the recipient's address and the kind of mail, signed with HMAC-SHA256, so that the
 * link works without signing in and nobody can make one for another address or kind. The key is
 * {@code dialogue.notifications.unsubscribe-key} when set; otherwise 32 random bytes made at the first start and kept
 * in {@code notification_key}, shared by every instance (the first to start makes it, the others read it).
 *
 * <p>A token reads {@code <payload>.<signature>}, both base64url: the payload is {@code KIND:address}.
 */
@Component
public class UnsubscribeTokens {

    private final JdbcTemplate jdbc;

    private final NotificationProperties properties;

    private volatile byte[] key;

    UnsubscribeTokens(JdbcTemplate jdbc, NotificationProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** Who a valid token unsubscribes from what. */
    public record Subscription(String address, MailKind kind) {
    }

    /** The token of this address and kind; the address is compared without regard to case. */
    public String token(String address, MailKind kind) {
        String payload = kind.name() + ":" + normalise(address);
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(sign(payload));
    }

    /** What the token unsubscribes from, or empty when it is malformed, unsigned or signed with another key. */
    public Optional<Subscription> read(String token) {
        if (token == null || token.length() > 1000) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return Optional.empty();
        }
        try {
            Base64.Decoder base64 = Base64.getUrlDecoder();
            String payload = new String(base64.decode(token.substring(0, dot)), StandardCharsets.UTF_8);
            byte[] signature = base64.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(signature, sign(payload))) {
                return Optional.empty();
            }
            int colon = payload.indexOf(':');
            MailKind kind = MailKind.valueOf(payload.substring(0, colon));
            return Optional.of(new Subscription(payload.substring(colon + 1), kind));
        }
        catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    static String normalise(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }

    private byte[] sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] key() {
        byte[] known = key;
        if (known != null) {
            return known;
        }
        if (!properties.unsubscribeKey().isBlank()) {
            known = properties.unsubscribeKey().getBytes(StandardCharsets.UTF_8);
        }
        else {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            jdbc.update("insert into notification_key (id, secret) values (1, ?) on conflict do nothing", (Object) random);
            known = jdbc.queryForObject("select secret from notification_key where id = 1", byte[].class);
        }
        key = known;
        return known;
    }
}
