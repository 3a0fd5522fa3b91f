package org.tongban.host.web.portal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Strong entity tags: from the published version and what else shapes the page (URL, language, care mode, bundle and
 * frame versions), so every node gives the same page the same tag; from the bytes when a page names no version.
 */
final class EntityTags {

    private EntityTags() {}

    static String of(String... parts) {
        return ofBytes(String.join("\u0000", parts).getBytes(StandardCharsets.UTF_8));
    }

    static String ofBytes(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether an {@code If-None-Match} header names this tag (weak comparison, as RFC 9110 asks for GET). */
    static boolean matches(String header, String tag) {
        for (String candidate : header.split(",")) {
            String trimmed = candidate.trim();
            if (trimmed.equals("*") || trimmed.equals(tag) || trimmed.equals("W/" + tag)) {
                return true;
            }
        }
        return false;
    }
}
