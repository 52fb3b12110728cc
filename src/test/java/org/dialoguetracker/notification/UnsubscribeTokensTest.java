package org.dialoguetracker.notification;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The unsubscribe tokens on their own, with a key from the property (no database): what they say and what they refuse. */
class UnsubscribeTokensTest {

    private static NotificationProperties properties(String key) {
        return new NotificationProperties("http://localhost:8080", "x@localhost", key, 7, Duration.ofMinutes(1),
                Duration.ofHours(6), Duration.ofDays(7), Duration.ofDays(90), new NotificationProperties.Schedule(false, "0 7 * * * *", Duration.ofSeconds(30)));
    }

    private final UnsubscribeTokens tokens = new UnsubscribeTokens(null, properties("a test key, not the app's"));

    @Test
    void a_token_reads_back_as_its_address_and_kind_whatever_the_case_of_the_address() {
        String token = tokens.token("Owner@Example.org ", MailKind.REMINDER);
        assertThat(tokens.read(token)).hasValue(new UnsubscribeTokens.Subscription("owner@example.org",
                MailKind.REMINDER));
        assertThat(token).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
    }

    @Test
    void a_changed_signature_or_payload_is_refused() {
        String token = tokens.token("owner@example.org", MailKind.DIGEST);
        int dot = token.indexOf('.');
        char last = token.charAt(token.length() - 1);
        assertThat(tokens.read(token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A'))).isEmpty();
        // another recipient's address, or another kind, under the first one's signature
        String other = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("DIGEST:victim@example.org".getBytes(StandardCharsets.UTF_8));
        assertThat(tokens.read(other + token.substring(dot))).isEmpty();
        String kind = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("REMINDER:owner@example.org".getBytes(StandardCharsets.UTF_8));
        assertThat(tokens.read(kind + token.substring(dot))).isEmpty();
    }

    @Test
    void a_token_signed_with_another_key_is_refused() {
        String foreign = new UnsubscribeTokens(null, properties("another key")).token("owner@example.org",
                MailKind.DIGEST);
        assertThat(tokens.read(foreign)).isEmpty();
    }

    @Test
    void malformed_tokens_are_refused_without_an_exception() {
        for (String token : new String[] { null, "", ".", "abc", "a.b.c", "!!!.???", "YQ.", ".YQ",
                "x".repeat(5000), "QUJD.QUJD", tokens.token("a@b.cd", MailKind.DIGEST) + "." }) {
            assertThat(tokens.read(token)).as(String.valueOf(token)).isEmpty();
        }
        // a validly signed payload that names no kind
        UnsubscribeTokens signer = tokens;
        String signedNonsense = signer.token("a@b.cd", MailKind.DIGEST).replaceFirst("^[^.]+",
                Base64.getUrlEncoder().withoutPadding().encodeToString("NOKIND".getBytes(StandardCharsets.UTF_8)));
        assertThat(tokens.read(signedNonsense)).isEmpty();
    }
}
