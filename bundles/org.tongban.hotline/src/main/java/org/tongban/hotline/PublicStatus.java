package org.tongban.hotline;

/** The status the public sees (Open311 GeoReport v2 {@code status}). */
public enum PublicStatus {
    OPEN,
    CLOSED;

    /** The spec's lower-case value. */
    public String value() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
