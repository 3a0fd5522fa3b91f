package org.tongban.search.catalogue.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.tongban.platform.api.security.Jurisdiction;
import org.tongban.platform.api.security.Jurisdiction.Level;
import org.tongban.platform.api.security.Jurisdictions;

/** The part of Jinan's real tree that the demo catalogue uses; the security bundle provides the real service. */
final class TestJurisdictions implements Jurisdictions {
    static final String JINAN = "370100";
    static final String LIXIA = "370102";
    static final String SHIZHONG = "370103";
    static final String LAIWU = "370116";

    private final Map<String, Jurisdiction> byCode = new LinkedHashMap<>();

    TestJurisdictions() {
        add("370000", "山东省", Level.PROVINCE, null);
        add(JINAN, "济南市", Level.CITY, "370000");
        add(LIXIA, "历下区", Level.COUNTY, JINAN);
        add(SHIZHONG, "市中区", Level.COUNTY, JINAN);
        add(LAIWU, "莱芜区", Level.COUNTY, JINAN);
        add("370102001", "解放路街道", Level.TOWN, LIXIA);
    }

    private void add(String code, String name, Level level, String parent) {
        byCode.put(code, new Jurisdiction(code, name, level, parent));
    }

    /** What a citizen of this jurisdiction sees: it and its ancestors. */
    List<String> seenFrom(String code) {
        return ancestry(code).stream().map(Jurisdiction::code).toList();
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
