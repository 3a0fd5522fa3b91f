package org.tongban.platform.security.internal;

import java.nio.file.Path;
import java.time.Clock;
import org.osgi.framework.BundleContext;
import org.tongban.platform.api.PlatformProperties;

/**
 * The framework properties this bundle needs, plus the clock (injectable so tests can move time).
 *
 * @param home the distribution folder, or {@code null} when not set
 * @param demo whether demo mode is on
 * @param rootJurisdiction the city's root jurisdiction code, or {@code null} when not set
 * @param clock the time source
 * @param auditKeyFile the file of the key that anchors the audit chain ({@link AuditKey}), or {@code null} for a plain
 *     SHA-256 chain
 */
public record SecuritySettings(Path home, boolean demo, String rootJurisdiction, Clock clock, Path auditKeyFile) {

    /** Framework property (in {@code conf/tongban.properties}: {@code osgi.tongban.audit.keyFile}) for the key file. */
    static final String AUDIT_KEY_FILE = "tongban.audit.keyFile";

    /** Where the audit key lives unless configured: in the instance's data folder. */
    static final String DEFAULT_AUDIT_KEY_FILE = "data/audit-chain.key";

    /** The settings with the audit key in its default place under {@code home} (none without a home). */
    public SecuritySettings(Path home, boolean demo, String rootJurisdiction, Clock clock) {
        this(home, demo, rootJurisdiction, clock, home == null ? null : home.resolve(DEFAULT_AUDIT_KEY_FILE));
    }

    static SecuritySettings from(BundleContext context) {
        String home = context.getProperty(PlatformProperties.HOME);
        String root = context.getProperty(PlatformProperties.ROOT_JURISDICTION);
        String keyFile = context.getProperty(AUDIT_KEY_FILE);
        Path homePath = home == null || home.isBlank() ? null : Path.of(home);
        Path key = keyFile == null || keyFile.isBlank()
                ? (homePath == null ? null : homePath.resolve(DEFAULT_AUDIT_KEY_FILE))
                : (homePath == null ? Path.of(keyFile.strip()) : homePath.resolve(keyFile.strip()));
        return new SecuritySettings(
                homePath,
                PlatformProperties.isDemo(context.getProperty(PlatformProperties.DEMO)),
                root == null || root.isBlank() ? null : root.trim(),
                Clock.systemUTC(),
                key);
    }
}
