package org.tongban.search.internal;

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

/** A small part of the real tree of Jinan; the security bundle provides the real service. */
final class FakeJurisdictions implements Jurisdictions {
    static final String SHANDONG = "370000";
    static final String JINAN = "370100";
    static final String LIXIA = "370102";
    static final String SHIZHONG = "370103";
    static final String JIEFANGLU = "370102001";

    private final Map<String, Jurisdiction> byCode = new LinkedHashMap<>();

    FakeJurisdictions() {
        add(SHANDONG, "山东省", Level.PROVINCE, null);
        add(JINAN, "济南市", Level.CITY, SHANDONG);
        add(LIXIA, "历下区", Level.COUNTY, JINAN);
        add(SHIZHONG, "市中区", Level.COUNTY, JINAN);
        add(JIEFANGLU, "解放路街道", Level.TOWN, LIXIA);
    }

    private void add(String code, String name, Level level, String parent) {
        byCode.put(code, new Jurisdiction(code, name, level, parent));
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
