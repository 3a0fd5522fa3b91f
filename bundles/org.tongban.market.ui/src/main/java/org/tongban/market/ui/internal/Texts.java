package org.tongban.market.ui.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The bundle's texts for what a public page hands the frame (title, description) in the visitor's language. */
final class Texts {
    static final String BASE = "i18n/market-ui";
    private static final ResourceBundle.Control CONTROL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Texts() {}

    static String get(Locale locale, String key, Object... arguments) {
        // zh-CN is the base file: the ROOT locale avoids a fall-back to the JVM's default locale.
        Locale variant =
                locale.getLanguage().equals("en") || locale.getCountry().equals("TW") ? locale : Locale.ROOT;
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BASE, variant, Texts.class.getClassLoader(), CONTROL)
                    .getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
