package org.tongban.search.internal;

import java.nio.file.Path;
import org.osgi.framework.BundleContext;
import org.tongban.platform.api.PlatformProperties;

/** Where the search data lives: the configured folder, else {@code data/search} under the distribution's home. */
final class SearchFolder {

    private SearchFolder() {}

    static Path of(BundleContext context, SearchConfig config) {
        if (!config.folder().isBlank()) {
            return Path.of(config.folder());
        }
        String home = context.getProperty(PlatformProperties.HOME);
        return Path.of(home == null ? "." : home, "data", "search");
    }
}
