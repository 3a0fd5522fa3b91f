package org.tongban.platform.persistence.internal;

import java.util.Locale;

/** The supported database products, told apart by their JDBC URL prefix. */
enum Vendor {
    H2("jdbc:h2:", "org.h2.Driver"),
    POSTGRESQL("jdbc:postgresql:", "org.postgresql.Driver");

    private final String urlPrefix;
    private final String driverClassName;

    Vendor(String urlPrefix, String driverClassName) {
        this.urlPrefix = urlPrefix;
        this.driverClassName = driverClassName;
    }

    /** The name {@code Database.vendor()} reports: {@code h2} or {@code postgresql}. */
    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    String driverClassName() {
        return driverClassName;
    }

    /** @throws IllegalArgumentException for a URL of any other product, naming the supported ones */
    static Vendor fromUrl(String url) {
        String lower = url == null ? "" : url.trim().toLowerCase(Locale.ROOT);
        for (Vendor vendor : values()) {
            if (lower.startsWith(vendor.urlPrefix)) {
                return vendor;
            }
        }
        throw new IllegalArgumentException("Unsupported database URL '" + JdbcUrls.redact(url)
                + "' in configuration " + PersistenceComponent.PID
                + ": only H2 (jdbc:h2:...) and PostgreSQL (jdbc:postgresql://...) are supported");
    }
}
