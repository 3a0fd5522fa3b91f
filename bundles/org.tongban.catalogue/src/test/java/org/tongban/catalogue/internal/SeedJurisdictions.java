package org.tongban.catalogue.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.tongban.platform.api.security.Jurisdiction;
import org.tongban.platform.api.security.Jurisdictions;

/** A city's real jurisdiction tree, read from the distribution's seed file as the security bundle would. */
final class SeedJurisdictions implements Jurisdictions {
    private final Map<String, Jurisdiction> byCode = new LinkedHashMap<>();

    SeedJurisdictions(Path seed) throws IOException {
        add(JsonCatalogueCodec.MAPPER.readTree(seed.toFile()), null);
    }

    private void add(JsonNode node, String parent) {
        String code = node.get("code").asText();
        byCode.put(
                code,
                new Jurisdiction(
                        code,
                        node.get("name").asText(),
                        Jurisdiction.Level.valueOf(node.get("level").asText()),
                        parent));
        node.path("children").forEach(child -> add(child, code));
    }

    @Override
    public Optional<Jurisdiction> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    @Override
    public List<Jurisdiction> children(String code) {
        return byCode.values().stream()
                .filter(j -> Objects.equals(j.parentCode(), code))
                .sorted(Comparator.comparing(Jurisdiction::code))
                .toList();
    }

    @Override
    public List<Jurisdiction> ancestry(String code) {
        List<Jurisdiction> chain = new ArrayList<>();
        for (Jurisdiction j = byCode.get(code); j != null; j = byCode.get(j.parentCode())) {
            chain.addFirst(j);
        }
        return chain;
    }

    @Override
    public boolean contains(String ancestor, String descendant) {
        return ancestry(descendant).stream().anyMatch(j -> j.code().equals(ancestor));
    }
}
