package org.tongban.testing;

/** Division codes of Jinan, as in the city's seed, for tests that name jurisdictions. */
public final class Jinan {
    public static final String SHANDONG = "370000";
    public static final String JINAN = "370100";
    public static final String LIXIA = "370102";
    public static final String SHIZHONG = "370103";
    public static final String LAIWU = "370116";
    public static final String JIEFANGLU = "370102001";
    /** Not in the seed: a community below 解放路街道, for the fifth level. */
    public static final String COMMUNITY = "370102001001";

    private Jinan() {}
}
