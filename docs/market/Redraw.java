import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Re-runs a draw of the intermediary service market from its published inputs, with the JDK alone:
 *
 * <pre>java Redraw.java inputs.txt</pre>
 *
 * The inputs file is what the draw page publishes (algorithm, project, publicValue, candidatesSha256 and one
 * candidate line each). The program checks the candidates against their SHA-256, builds the RFC 3797 key
 * {@code algorithm/project/candidatesSha256/publicValue/}, and draws the whole order: the j-th pick (from 0) hashes
 * the 4-byte big-endian j, the key in UTF-8 and j again with SHA-256, and takes the candidate at that number modulo
 * the candidates still left. It prints the key, the order and the winner; the market's result must be the same.
 */
public class Redraw {
    static final String ALGORITHM = "RFC3797-SHA256-v1";

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: java Redraw.java <inputs-file>");
            System.exit(2);
        }
        String algorithm = null;
        String project = null;
        String publicValue = null;
        String checksum = null;
        List<String> candidates = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            int eq = line.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String key = line.substring(0, eq);
            String value = line.substring(eq + 1);
            switch (key) {
                case "algorithm" -> algorithm = value;
                case "project" -> project = value;
                case "publicValue" -> publicValue = value;
                case "candidatesSha256" -> checksum = value;
                case "candidate" -> candidates.add(value);
                default -> {}
            }
        }
        if (!ALGORITHM.equals(algorithm)) {
            fail("unknown algorithm: " + algorithm);
        }
        if (!candidates.equals(candidates.stream().sorted().toList())) {
            fail("the candidates are not sorted");
        }
        StringBuilder list = new StringBuilder();
        candidates.forEach(c -> list.append(c).append('\n'));
        String actual = HexFormat.of().formatHex(sha256(list.toString().getBytes(StandardCharsets.UTF_8)));
        if (candidates.isEmpty() || !actual.equals(checksum)) {
            fail("the candidates do not match their published SHA-256 (" + actual + ")");
        }
        String key = algorithm + "/" + project + "/" + checksum + "/" + publicValue + "/";
        byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
        List<String> left = new ArrayList<>(candidates);
        System.out.println("key=" + key);
        String winner = null;
        for (int j = 0; !left.isEmpty(); j++) {
            byte[] digest = sha256(ByteBuffer.allocate(keyBytes.length + 8)
                    .putInt(j)
                    .put(keyBytes)
                    .putInt(j)
                    .array());
            int index = new BigInteger(1, digest).mod(BigInteger.valueOf(left.size())).intValueExact();
            String drawn = left.remove(index);
            if (winner == null) {
                winner = drawn;
            }
            System.out.println((j + 1) + "=" + drawn);
        }
        System.out.println("winner=" + winner);
    }

    static byte[] sha256(byte[] bytes) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(bytes);
    }

    static void fail(String message) {
        System.err.println(message);
        System.exit(1);
    }
}
