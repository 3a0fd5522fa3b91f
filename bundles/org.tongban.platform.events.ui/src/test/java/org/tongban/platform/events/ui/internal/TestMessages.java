package org.tongban.platform.events.ui.internal;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The bundle's texts as the host resolves them: zh-CN in the base file, zh-TW and en as variants; a missing key fails
 * the test instead of showing up as a key.
 */
final class TestMessages implements I18NProvider {
    private static final long serialVersionUID = 1L;
    static final List<String> BASES = List.of("i18n/events-ui");
    private static final ResourceBundle.Control CONTROL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE, Locale.ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale variant = locale == null || locale.equals(Locale.SIMPLIFIED_CHINESE) ? Locale.ROOT : locale;
        for (String base : BASES) {
            try {
                ResourceBundle bundle =
                        ResourceBundle.getBundle(base, variant, getClass().getClassLoader(), CONTROL);
                if (bundle.containsKey(key)) {
                    String pattern = bundle.getString(key);
                    return params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(params);
                }
            } catch (MissingResourceException e) {
                // this base has no file for the locale; try the next
            }
        }
        throw new IllegalStateException("No text for " + key + " in " + variant);
    }
}
