package org.tongban.platform.api.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A message key with its arguments, and where its translations are: a properties file family in the class loader of
 * the owning class (its bundle). The base file is Simplified Chinese, the default; {@code _zh_TW} and {@code _en}
 * variants translate it. Values are {@link MessageFormat} patterns.
 *
 * @param owner a class of the bundle that holds the message files
 * @param baseName the files' base name, such as {@code i18n/notice-messages}
 * @param key the message key
 * @param arguments the pattern's arguments
 */
public record LocalizedMessage(Class<?> owner, String baseName, String key, List<Object> arguments) {

    /** The languages the platform speaks: Simplified Chinese (default), Traditional Chinese, English. */
    public static final List<Locale> LOCALES =
            List.of(Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE, Locale.ENGLISH);

    private static final ResourceBundle.Control CONTROL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public LocalizedMessage {
        // A missing argument shows as empty text rather than failing the message that explains an error.
        arguments = arguments.stream().map(a -> a == null ? "" : a).toList();
    }

    /** A message with these arguments. */
    public static LocalizedMessage of(Class<?> owner, String baseName, String key, Object... arguments) {
        return new LocalizedMessage(owner, baseName, key, java.util.Arrays.asList(arguments));
    }

    /** The message in this language, else in Simplified Chinese; the key itself when the files lack it. */
    public String format(Locale locale) {
        Locale effective = supported(locale);
        String pattern = lookup(effective.equals(Locale.SIMPLIFIED_CHINESE) ? Locale.ROOT : effective);
        if (pattern == null) {
            pattern = lookup(Locale.ROOT);
        }
        if (pattern == null) {
            return key;
        }
        return arguments.isEmpty() ? pattern : new MessageFormat(pattern, effective).format(arguments.toArray());
    }

    /** The provided locale closest to {@code locale}: Traditional for zh-TW/HK/MO and Hant, English, else zh-CN. */
    public static Locale supported(Locale locale) {
        if (locale == null) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        if (locale.getLanguage().equals("en")) {
            return Locale.ENGLISH;
        }
        if (locale.getLanguage().equals("zh")
                && (locale.getScript().equals("Hant")
                        || List.of("TW", "HK", "MO").contains(locale.getCountry()))) {
            return Locale.TRADITIONAL_CHINESE;
        }
        return Locale.SIMPLIFIED_CHINESE;
    }

    private String lookup(Locale variant) {
        try {
            // The base file stands for zh-CN: asking for ROOT avoids a fall-back to the JVM's default locale.
            ResourceBundle bundle = ResourceBundle.getBundle(baseName, variant, owner.getClassLoader(), CONTROL);
            return bundle.containsKey(key) ? bundle.getString(key) : null;
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
