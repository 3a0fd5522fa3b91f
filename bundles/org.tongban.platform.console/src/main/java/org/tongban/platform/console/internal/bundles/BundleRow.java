package org.tongban.platform.console.internal.bundles;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.tongban.platform.api.health.ComponentHealth;
import org.tongban.platform.console.internal.BundleAdministration;
import org.tongban.platform.console.internal.BundleErrors;
import org.tongban.platform.console.internal.ConsoleFormats;

/**
 * One line of the bundle grid, a snapshot so the grid never touches a bundle that changes underneath it.
 *
 * @param id bundle id
 * @param symbolicName symbolic name, possibly empty
 * @param name the {@code Bundle-Name} in the viewer's language (its {@code Bundle-Localization}), possibly empty
 * @param version bundle version
 * @param stateKey message key of the state
 * @param lastError health problems and the latest framework error, empty when none
 * @param startable whether a start makes sense
 * @param stoppable whether a stop is allowed
 */
record BundleRow(
        long id,
        String symbolicName,
        String name,
        String version,
        String stateKey,
        String lastError,
        boolean startable,
        boolean stoppable) {

    static List<BundleRow> of(
            Bundle[] bundles,
            BundleAdministration admin,
            BundleErrors errors,
            List<ComponentHealth> health,
            Locale locale) {
        List<BundleRow> rows = new ArrayList<>(bundles.length);
        for (Bundle bundle : bundles) {
            rows.add(new BundleRow(
                    bundle.getBundleId(),
                    bundle.getSymbolicName() == null ? "" : bundle.getSymbolicName(),
                    name(bundle, locale),
                    bundle.getVersion().toString(),
                    stateKey(bundle.getState()),
                    lastError(bundle.getBundleId(), errors, health),
                    admin.canStart(bundle),
                    admin.canStop(bundle)));
        }
        return rows;
    }

    /** Whether any column contains the filter text, ignoring case; the state is matched by its shown label. */
    boolean matches(String filter, String stateLabel) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        String needle = filter.strip().toLowerCase(Locale.ROOT);
        return String.valueOf(id).equals(needle)
                || symbolicName.toLowerCase(Locale.ROOT).contains(needle)
                || name.toLowerCase(Locale.ROOT).contains(needle)
                || version.contains(needle)
                || stateLabel.contains(needle)
                || lastError.toLowerCase(Locale.ROOT).contains(needle);
    }

    /**
     * The bundle's name in {@code locale}: the framework reads its {@code OSGI-INF/l10n/bundle_zh_CN.properties} and so
     * on ({@link Bundle#getHeaders(String)} takes the locale's {@code zh_CN} form).
     */
    static String name(Bundle bundle, Locale locale) {
        try {
            String name = bundle.getHeaders(locale.toString()).get(Constants.BUNDLE_NAME);
            // An unresolved key comes back as the key itself (bundle.name for %bundle.name): better nothing.
            String raw = bundle.getHeaders("").get(Constants.BUNDLE_NAME);
            boolean unresolved =
                    raw != null && raw.startsWith("%") && raw.substring(1).equals(name);
            return name == null || unresolved || name.startsWith("%") ? "" : name;
        } catch (IllegalStateException e) {
            return "";
        }
    }

    static String stateKey(int state) {
        return "console.bundles.state."
                + switch (state) {
                    case Bundle.ACTIVE -> "active";
                    case Bundle.RESOLVED -> "resolved";
                    case Bundle.INSTALLED -> "installed";
                    case Bundle.STARTING -> "starting";
                    case Bundle.STOPPING -> "stopping";
                    default -> "uninstalled";
                };
    }

    private static String lastError(long bundleId, BundleErrors errors, List<ComponentHealth> health) {
        List<String> problems = new ArrayList<>();
        for (ComponentHealth entry : health) {
            if (entry.bundleId() == bundleId && entry.status() != ComponentHealth.Status.UP) {
                problems.add(entry.name() + ": " + entry.detail());
            }
        }
        errors.latest(bundleId)
                .ifPresent(error -> problems.add("[" + ConsoleFormats.time(error.at()) + "] " + error.message()));
        return String.join("；", problems);
    }
}
