package org.tongban.host.web;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.wiring.BundleWiring;
import org.tongban.platform.api.PlatformProperties;

/**
 * Translations from the host and from every active bundle that names its message files in the
 * {@code Tongban-Messages} header. zh-CN is the default and lives in the base file; zh-TW and en are variants.
 */
public class BundleI18NProvider implements I18NProvider {
    private static final long serialVersionUID = 1L;

    public static final Locale ZH_CN = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ZH_TW = Locale.TRADITIONAL_CHINESE;
    public static final List<Locale> LOCALES = List.of(ZH_CN, ZH_TW, Locale.ENGLISH);

    private static final ResourceBundle.Control CONTROL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final transient BundleContext context;

    /** Translations from the host and the active bundles of the framework of {@code context} (none when null). */
    public BundleI18NProvider(BundleContext context) {
        this.context = context;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale effective = supported(locale);
        String pattern = lookup(BundleI18NProvider.class.getClassLoader(), "i18n/host", key, effective);
        if (pattern == null && context != null) {
            // The bundles of this web application's framework, asked each time: bundles come and go.
            for (Bundle bundle : context.getBundles()) {
                String base = bundle.getState() == Bundle.ACTIVE
                        ? bundle.getHeaders("").get(PlatformProperties.MESSAGES_HEADER)
                        : null;
                BundleWiring wiring = base == null ? null : bundle.adapt(BundleWiring.class);
                if (wiring != null) {
                    pattern = lookup(wiring.getClassLoader(), base.trim(), key, effective);
                    if (pattern != null) {
                        break;
                    }
                }
            }
        }
        if (pattern == null) {
            return key;
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, effective).format(params);
    }

    /** The provided locale closest to {@code locale}: Traditional for zh-TW/HK/MO and Hant, English, else zh-CN. */
    public static Locale supported(Locale locale) {
        if (locale == null) {
            return ZH_CN;
        }
        if (locale.getLanguage().equals("en")) {
            return Locale.ENGLISH;
        }
        if (locale.getLanguage().equals("zh")
                && (locale.getScript().equals("Hant")
                        || List.of("TW", "HK", "MO").contains(locale.getCountry()))) {
            return ZH_TW;
        }
        return ZH_CN;
    }

    /** The message {@code key} of the files {@code base} of {@code loader} in a supported locale, or {@code null}. */
    public static String lookup(ClassLoader loader, String base, String key, Locale locale) {
        // zh-CN is the base file: asking for the ROOT locale avoids a fall-back to the JVM's default locale.
        Locale variant = locale.equals(ZH_CN) ? Locale.ROOT : locale;
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(base, variant, loader, CONTROL);
            return bundle.containsKey(key) ? bundle.getString(key) : null;
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
