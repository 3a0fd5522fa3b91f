package org.tongban.host.web.portal;

import java.util.Locale;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.platform.api.portal.TraditionalScript;

/**
 * Shows a page wholly in Traditional characters to a visitor who chose 繁體: its content as well as the labels, through
 * the {@link TraditionalScript} a bundle registers. Without one, or when it fails, the text stays as written.
 */
final class TraditionalPages implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TraditionalPages.class);

    private final ServiceTracker<TraditionalScript, TraditionalScript> tracker;

    TraditionalPages(BundleContext context) {
        tracker = new ServiceTracker<>(context, TraditionalScript.class, null);
        tracker.open();
    }

    static boolean traditional(Locale locale) {
        return "zh".equals(locale.getLanguage())
                && ("TW".equals(locale.getCountry())
                        || "HK".equals(locale.getCountry())
                        || "Hant".equals(locale.getScript()));
    }

    String apply(Locale locale, String text) {
        TraditionalScript script = text == null || !traditional(locale) ? null : tracker.getService();
        if (script == null) {
            return text;
        }
        try {
            return script.toTraditional(text);
        } catch (RuntimeException e) {
            LOG.warn("A page is shown as written: the conversion to Traditional characters failed", e);
            return text;
        }
    }

    @Override
    public void close() {
        tracker.close();
    }
}
