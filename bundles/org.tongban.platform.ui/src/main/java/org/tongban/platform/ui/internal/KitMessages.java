package org.tongban.platform.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The kit's own texts, read from the kit's {@code i18n/platform-ui} files for the component's locale, so that a
 * component speaks Chinese in every bundle (and in a bundle's tests) without the bundle repeating its keys. zh-CN is
 * the base file; zh-TW and en are variants, chosen as the host chooses them.
 */
public final class KitMessages {
    private static final String BASE = "i18n/platform-ui";
    private static final ResourceBundle.Control CONTROL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private KitMessages() {}

    /** The text of {@code key} in the locale of {@code component} (or of the current UI), with its parameters. */
    public static String get(Component component, String key, Object... params) {
        Locale locale = component != null && component.getUI().isPresent()
                ? component.getUI().get().getLocale()
                : UI.getCurrent() != null ? UI.getCurrent().getLocale() : null;
        return get(locale, key, params);
    }

    public static String get(Locale requested, String key, Object... params) {
        Locale locale = supported(requested);
        String pattern = lookup(locale, key);
        if (pattern == null && !locale.equals(Locale.ROOT)) {
            pattern = lookup(Locale.ROOT, key);
        }
        if (pattern == null) {
            return key;
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(params);
    }

    private static String lookup(Locale variant, String key) {
        try {
            ResourceBundle bundle =
                    ResourceBundle.getBundle(BASE, variant, KitMessages.class.getClassLoader(), CONTROL);
            return bundle.containsKey(key) ? bundle.getString(key) : null;
        } catch (MissingResourceException e) {
            return null;
        }
    }

    /** The file variant: {@code ROOT} (zh-CN) unless Traditional Chinese or English is asked for. */
    static Locale supported(Locale locale) {
        if (locale == null) {
            return Locale.ROOT;
        }
        if (locale.getLanguage().equals("en")) {
            return Locale.ENGLISH;
        }
        if (locale.getLanguage().equals("zh")
                && (locale.getScript().equals("Hant")
                        || List.of("TW", "HK", "MO").contains(locale.getCountry()))) {
            return Locale.TRADITIONAL_CHINESE;
        }
        return Locale.ROOT;
    }
}
