package org.tongban.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.tongban.platform.api.security.Jurisdiction;

/** A city's real jurisdiction tree, read from its seed file as the security bundle reads it. */
public final class SeedJurisdictions {
    /** Jinan's seed on the class path: the distribution's {@code cities/jinan/jurisdictions.json}. */
    public static final String JINAN_RESOURCE = "/org/tongban/testing/jinan/jurisdictions.json";

    private SeedJurisdictions() {}

    /** Jinan's whole tree: 山东省, 济南市, its twelve districts and 历下区's streets. */
    public static JurisdictionTree jinan() {
        try (InputStream in = SeedJurisdictions.class.getResourceAsStream(JINAN_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Jinan's seed is not on the class path at " + JINAN_RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The raw seed, for code that reads it as the security bundle does. */
    public static InputStream jinanSeed() {
        InputStream in = SeedJurisdictions.class.getResourceAsStream(JINAN_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("Jinan's seed is not on the class path at " + JINAN_RESOURCE);
        }
        return in;
    }

    /** A tree from a seed file: nested {@code code}, {@code name}, {@code level} and {@code children}. */
    public static JurisdictionTree read(InputStream seed) throws IOException {
        JurisdictionTree tree = new JurisdictionTree();
        add(tree, new ObjectMapper().readTree(seed), null);
        return tree;
    }

    private static void add(JurisdictionTree tree, JsonNode node, String parent) {
        String code = node.get("code").asText();
        tree.with(new Jurisdiction(
                code,
                node.get("name").asText(),
                Jurisdiction.Level.valueOf(node.get("level").asText()),
                parent));
        node.path("children").forEach(child -> add(tree, child, code));
    }
}
