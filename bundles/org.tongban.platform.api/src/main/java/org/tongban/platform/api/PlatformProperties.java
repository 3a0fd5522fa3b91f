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

    /**
     * This node's stable id among the nodes that share one database (positions of node-local event handlers,
     * scheduler ownership); defaults to the host name and a digest of the home folder, see {@link #nodeId}.
     */
    public static final String NODE_ID = "tongban.node.id";

    /** Manifest header naming a bundle's message bundle base name, for example {@code i18n/messages}. */
    public static final String MESSAGES_HEADER = "Tongban-Messages";

    private PlatformProperties() {}

    /** The node id: the configured {@link #NODE_ID}, else the host name and a digest of the home folder. */
    public static String nodeId(String configured, String home) {
        if (configured != null && !configured.isBlank()) {
            return configured.strip();
        }
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            host = "localhost";
        }
        String folder = home == null
                ? ""
                : java.nio.file.Path.of(home).toAbsolutePath().normalize().toString();
        return host + "-" + Integer.toHexString(folder.hashCode());
    }

    /** Whether demo mode is on, given the value of the {@link #DEMO} property. */
    public static boolean isDemo(String value) {
        return Boolean.parseBoolean(value);
    }
}
