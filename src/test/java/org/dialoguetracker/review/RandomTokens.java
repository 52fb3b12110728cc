package org.dialoguetracker.review;

import java.security.SecureRandom;
import java.util.Base64;

/** Tokens shaped as the review module makes them (32 random bytes, base64url), for links nobody was given. */
final class RandomTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomTokens() {
    }

    static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
