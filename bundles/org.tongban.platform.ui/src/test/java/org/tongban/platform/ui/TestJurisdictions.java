package org.tongban.platform.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tongban.platform.api.security.Jurisdiction;
import org.tongban.platform.api.security.Jurisdiction.Level;
import org.tongban.platform.api.security.Jurisdictions;

/** A small part of Shandong's tree. */
final class TestJurisdictions implements Jurisdictions {
    static final Jurisdiction SHANDONG = new Jurisdiction("370000", "山东省", Level.PROVINCE, null);
    static final Jurisdiction JINAN = new Jurisdiction("370100", "济南市", Level.CITY, "370000");
    static final Jurisdiction LIXIA = new Jurisdiction("370102", "历下区", Level.COUNTY, "370100");
    static final Jurisdiction SHIZHONG = new Jurisdiction("370103", "市中区", Level.COUNTY, "370100");
    static final Jurisdiction JIEFANGLU = new Jurisdiction("370102001", "解放路街道", Level.TOWN, "370102");
    static final Jurisdiction COMMUNITY = new Jurisdiction("370102001001", "某社区", Level.VILLAGE, "370102001");
    static final Jurisdiction ZIBO = new Jurisdiction("370300", "淄博市", Level.CITY, "370000");
    static final Jurisdiction ZHANGDIAN = new Jurisdiction("370303", "张店区", Level.COUNTY, "370300");

    private static final List<Jurisdiction> ALL =
            List.of(SHANDONG, JINAN, LIXIA, SHIZHONG, JIEFANGLU, COMMUNITY, ZIBO, ZHANGDIAN);

    int childrenCalls;

    @Override
    public Optional<Jurisdiction> find(String code) {
        return ALL.stream().filter(j -> j.code().equals(code)).findFirst();
    }

    @Override
    public List<Jurisdiction> children(String code) {
        childrenCalls++;
        return ALL.stream().filter(j -> Objects.equals(j.parentCode(), code)).toList();
    }

    @Override
    public List<Jurisdiction> ancestry(String code) {
        List<Jurisdiction> chain = new ArrayList<>();
        for (Optional<Jurisdiction> j = find(code);
                j.isPresent();
                j = find(j.get().parentCode())) {
            chain.addFirst(j.get());
        }
        return chain;
    }

    @Override
    public boolean contains(String ancestor, String descendant) {
        return ancestry(descendant).stream().anyMatch(j -> j.code().equals(ancestor));
    }
}
