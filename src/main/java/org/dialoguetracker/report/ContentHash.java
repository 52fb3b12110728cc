package org.dialoguetracker.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * The SHA-256 of one language of a draft: every section's kind and text in that language, in print order. A sign-off
 * names the hash its signer saw; the other language's edits leave it as it was.
 */
final class ContentHash {

    private ContentHash() {
    }

    static String of(List<ReportSection> sections, String language) {
        MessageDigest digest = sha256();
        sections.stream().sorted(Comparator.comparing(ReportSection::getKind)).forEach(section -> {
            digest.update(section.getKind().name().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            String text = section.text(language);
            if (text != null) {
                digest.update(text.getBytes(StandardCharsets.UTF_8));
            }
            digest.update((byte) 1);
        });
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The SHA-256 of bytes (a PDF) or of a text, in lower-case hex. */
    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    static String sha256(String text) {
        return sha256(text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", ex);
        }
    }
}
