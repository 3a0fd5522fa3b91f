package org.tongban.host.web.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules of the {@code Idempotency-Key} header. */
public final class Idempotency {

    /** The request header. */
    public static final String HEADER = "Idempotency-Key";

    /** The answer header set on a replayed answer. */
    public static final String REPLAYED = "Idempotent-Replayed";

    /** Methods whose requests may carry a key; GET and DELETE are idempotent already. */
    public static final Set<String> METHODS = Set.of("POST", "PUT", "PATCH");

    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,255}");

    private Idempotency() {}

    /** Whether the key is 1 to 255 visible ASCII characters, as UUIDs and the common client libraries send. */
    public static boolean validKey(String key) {
        return KEY.matcher(key).matches();
    }

    /** The hash that tells a retry (same method, path, query and body) from a different request with the same key. */
    public static String requestHash(String method, String path, String query, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(
                    (method + ' ' + path + '?' + (query == null ? "" : query) + '\n').getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
