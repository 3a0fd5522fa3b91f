package org.tongban.platform.security.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Properties;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.tongban.platform.api.security.AuditEntry;

/**
 * The secret that anchors the audit chain. From entry {@link #from()} on, each hash is an HMAC-SHA256 under a key that
 * lives in a file outside the database, so whoever can write the database but not read that file cannot rebuild the
 * chain after an edit: a chain recomputed with plain SHA-256 fails verification. Entries before {@code from} (chained
 * before the key existed) keep their plain SHA-256 hashes and still verify. The file holds {@code from} too, so the
 * start cannot be moved by changing the database.
 */
final class AuditKey {
    private static final String ALGORITHM = "HmacSHA256";
    private static final String HEADER =
            "# Tongban audit chain key. Keep it secret and back it up apart from the database:"
                    + " without it the chain from entry 'from' on cannot be verified.\n";

    /** No key configured: every hash is plain SHA-256 (the chain detects edits, but not a rebuilt chain). */
    static final AuditKey PLAIN = new AuditKey(null, Long.MAX_VALUE, false);

    private final byte[] secret;
    private final long from;
    private final boolean missing;

    private AuditKey(byte[] secret, long from, boolean missing) {
        this.secret = secret;
        this.from = from;
        this.missing = missing;
    }

    /** The database says the chain is keyed from {@code from}, but the key file is not here: chain nothing. */
    static AuditKey missing(long from) {
        return new AuditKey(null, from, true);
    }

    /** The first entry hashed with the key ({@link Long#MAX_VALUE} without a key). */
    long from() {
        return from;
    }

    boolean keyed() {
        return secret != null;
    }

    boolean missing() {
        return missing;
    }

    /** The entry's hash: keyed from {@link #from()} on, plain SHA-256 before. */
    String hash(String prevHash, AuditEntry entry) {
        if (entry.sequence() < from) {
            return AuditChain.hash(prevHash, entry);
        }
        if (secret == null) {
            throw new IllegalStateException("审计链密钥文件缺失，无法计算第 " + entry.sequence() + " 条之后的哈希");
        }
        return mac("entry|" + AuditChain.hashedText(prevHash, entry));
    }

    /**
     * The MAC of the chain head, so that cutting entries off the end and setting the head back to an earlier entry is
     * caught too (the entry hashes alone cannot tell the last entry from a truncated one).
     */
    String headMac(long lastSequence, String lastHash) {
        return secret == null ? null : mac("head|" + lastSequence + "|" + lastHash);
    }

    boolean headMacMatches(long lastSequence, String lastHash, String stored) {
        return stored != null
                && MessageDigest.isEqual(
                        headMac(lastSequence, lastHash).getBytes(StandardCharsets.US_ASCII),
                        stored.getBytes(StandardCharsets.US_ASCII));
    }

    private String mac(String text) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required of every Java runtime", e);
        }
    }

    /** Reads the key file, or null when there is none. */
    static AuditKey read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return null;
        }
        Properties properties = new Properties();
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        String key = properties.getProperty("key");
        String from = properties.getProperty("from");
        if (key == null || from == null || !key.matches("[0-9a-f]{64}") || !from.matches("[0-9]{1,18}")) {
            throw new IOException("审计链密钥文件 " + file + " 格式不正确（需要 from= 与 key=）");
        }
        return new AuditKey(HexFormat.of().parseHex(key), Long.parseLong(from), false);
    }

    /** Creates a new random key used from entry {@code from} on, in a file readable by its owner only (0600). */
    static AuditKey create(Path file, long from) throws IOException {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
        Files.writeString(
                file,
                HEADER + "from=" + from + "\nkey=" + HexFormat.of().formatHex(secret) + "\n",
                StandardCharsets.UTF_8);
        return new AuditKey(secret, from, false);
    }
}
