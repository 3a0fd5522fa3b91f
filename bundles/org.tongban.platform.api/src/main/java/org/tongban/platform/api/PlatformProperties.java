package org.tongban.platform.api;

/** Framework properties the host sets for every bundle (read them with {@code BundleContext.getProperty}). */
public final class PlatformProperties {
    /** The distribution's home folder; {@code data/}, {@code conf/} and {@code logs/} are below it. */
    public static final String HOME = "tongban.home";

    /** {@code true} when the distribution runs in explicit demo mode: demo accounts and data are loaded. */
    public static final String DEMO = "tongban.demo";

    /** The city this distribution serves, for example {@code jinan}. */
    public static final String CITY = "tongban.city";

    /** The GB/T 2260 code of the city's own jurisdiction, the root that the city's console administers. */
    public static final String ROOT_JURISDICTION = "tongban.jurisdiction.root";

    /** Manifest header naming a bundle's message bundle base name, for example {@code i18n/messages}. */
    public static final String MESSAGES_HEADER = "Tongban-Messages";

    private PlatformProperties() {}

    /** Whether demo mode is on, given the value of the {@link #DEMO} property. */
    public static boolean isDemo(String value) {
        return Boolean.parseBoolean(value);
    }
}
