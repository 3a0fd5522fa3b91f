package org.tongban.testing;

import org.tongban.platform.api.security.Jurisdiction;
import org.tongban.platform.api.security.Jurisdiction.Level;

/**
 * A small part of Jinan's real tree, one node at every level: 山东省 › 济南市 › 历下区 and 市中区 › 解放路街道 › 某社区.
 * {@link #LAIWU} is left out unless a test adds it; {@link SeedJurisdictions#jinan()} is the whole seed.
 */
public final class TestJurisdictions extends JurisdictionTree {
    public static final Jurisdiction SHANDONG = new Jurisdiction(Jinan.SHANDONG, "山东省", Level.PROVINCE, null);
    public static final Jurisdiction JINAN = new Jurisdiction(Jinan.JINAN, "济南市", Level.CITY, Jinan.SHANDONG);
    public static final Jurisdiction LIXIA = new Jurisdiction(Jinan.LIXIA, "历下区", Level.COUNTY, Jinan.JINAN);
    public static final Jurisdiction SHIZHONG = new Jurisdiction(Jinan.SHIZHONG, "市中区", Level.COUNTY, Jinan.JINAN);
    public static final Jurisdiction LAIWU = new Jurisdiction(Jinan.LAIWU, "莱芜区", Level.COUNTY, Jinan.JINAN);
    public static final Jurisdiction JIEFANGLU = new Jurisdiction(Jinan.JIEFANGLU, "解放路街道", Level.TOWN, Jinan.LIXIA);
    public static final Jurisdiction COMMUNITY =
            new Jurisdiction(Jinan.COMMUNITY, "某社区", Level.VILLAGE, Jinan.JIEFANGLU);

    /** Another city, for pickers that go up to the province and down again. */
    public static final Jurisdiction ZIBO = new Jurisdiction("370300", "淄博市", Level.CITY, Jinan.SHANDONG);

    public static final Jurisdiction ZHANGDIAN = new Jurisdiction("370303", "张店区", Level.COUNTY, "370300");

    public TestJurisdictions() {
        super(SHANDONG, JINAN, LIXIA, SHIZHONG, JIEFANGLU, COMMUNITY);
    }

    /** The tree with 淄博市 and its 张店区 as well. */
    public TestJurisdictions withZibo() {
        with(ZIBO);
        with(ZHANGDIAN);
        return this;
    }

    /** The tree with 莱芜区 as well. */
    public TestJurisdictions withLaiwu() {
        with(LAIWU);
        return this;
    }
}
