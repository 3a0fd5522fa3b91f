package org.tongban.market;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The verifiable draw, after RFC 3797 (Publicly Verifiable Nominations Committee Random Selection) with SHA-256 in
 * place of MD5: the key is {@code algorithm/project/candidatesSha256/publicValue/}; the {@code j}-th pick (from 0)
 * hashes the 4-byte big-endian {@code j}, the key in UTF-8 and {@code j} again, reads the digest as an unsigned
 * number and takes the candidate at that number modulo the candidates still left. The whole order is drawn. The
 * standalone {@code docs/market/Redraw.java} implements the same steps with the JDK alone.
 */
public final class Draw {
    /** The algorithm's id, published with the inputs. */
    public static final String ALGORITHM = "RFC3797-SHA256-v1";

    private Draw() {}

    /** SHA-256 of the candidates as {@link DrawInputs#candidatesSha256} defines it. */
    public static String candidatesSha256(List<String> sortedCandidates) {
        StringBuilder text = new StringBuilder();
        sortedCandidates.forEach(c -> text.append(c).append('\n'));
        return HexFormat.of().formatHex(sha256(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** Inputs for these candidates (sorted here) and public value, with their checksum. */
    public static DrawInputs inputs(String projectNumber, List<String> candidates, String publicValue, Instant at) {
        List<String> sorted = candidates.stream().sorted().toList();
        return new DrawInputs(projectNumber, sorted, candidatesSha256(sorted), publicValue, ALGORITHM, at);
    }

    /** The key RFC 3797 hashes. */
    public static String key(DrawInputs inputs) {
        return inputs.algorithm() + "/" + inputs.projectNumber() + "/" + inputs.candidatesSha256() + "/"
                + inputs.publicValue() + "/";
    }

    /**
     * Runs the draw.
     *
     * @throws IllegalArgumentException when the algorithm is not {@link #ALGORITHM}, there is no candidate, or the
     *     candidates are not sorted or do not match their checksum
     */
    public static DrawResult run(DrawInputs inputs, Instant at) {
        if (!ALGORITHM.equals(inputs.algorithm())) {
            throw new IllegalArgumentException("unknown draw algorithm: " + inputs.algorithm());
        }
        List<String> candidates = inputs.candidates();
        if (candidates.isEmpty()
                || !candidates.equals(candidates.stream().sorted().toList())
                || !candidatesSha256(candidates).equals(inputs.candidatesSha256())) {
            throw new IllegalArgumentException("draw candidates are empty, unsorted or do not match their SHA-256");
        }
        String key = key(inputs);
        byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
        List<String> left = new ArrayList<>(candidates);
        List<String> ranked = new ArrayList<>(candidates.size());
        for (int j = 0; !left.isEmpty(); j++) {
            BigInteger value = new BigInteger(
                    1,
                    sha256(ByteBuffer.allocate(keyBytes.length + 8)
                            .putInt(j)
                            .put(keyBytes)
                            .putInt(j)
                            .array()));
            ranked.add(left.remove(value.mod(BigInteger.valueOf(left.size())).intValueExact()));
        }
        return new DrawResult(inputs, key, ranked, at);
    }

    /**
     * The best-price factor drawn from the same inputs: the digest of the key followed by {@code factor}, modulo the
     * steps of 0.0001 between {@code low} and {@code high} (both included), added to {@code low}.
     */
    public static BigDecimal factor(DrawInputs inputs, BigDecimal low, BigDecimal high) {
        int steps = high.subtract(low).movePointRight(4).intValueExact();
        BigInteger value = new BigInteger(1, sha256((key(inputs) + "factor").getBytes(StandardCharsets.UTF_8)));
        int step = value.mod(BigInteger.valueOf(steps + 1L)).intValueExact();
        return low.add(BigDecimal.valueOf(step, 4)).setScale(4, RoundingMode.UNNECESSARY);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
