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
 */
public record SecuritySettings(Path home, boolean demo, String rootJurisdiction, Clock clock) {

    static SecuritySettings from(BundleContext context) {
        String home = context.getProperty(PlatformProperties.HOME);
        String root = context.getProperty(PlatformProperties.ROOT_JURISDICTION);
        return new SecuritySettings(
                home == null || home.isBlank() ? null : Path.of(home),
                PlatformProperties.isDemo(context.getProperty(PlatformProperties.DEMO)),
                root == null || root.isBlank() ? null : root.trim(),
                Clock.systemUTC());
    }
}
