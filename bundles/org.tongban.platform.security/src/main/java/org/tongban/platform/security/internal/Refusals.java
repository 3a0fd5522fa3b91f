package org.tongban.platform.security.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.tongban.platform.api.security.PasswordRefusal;

/**
 * The keys of {@link PasswordRefusal}s, whose texts are in {@code i18n/security*.properties} (zh-CN in the base file,
 * as the web layer expects).
 */
final class Refusals {
    static final String MESSAGES = "i18n/security";

    static final String NOT_LOGGED_IN = "password.refused.notLoggedIn";
    static final String UNKNOWN_ACCOUNT = "password.refused.unknownAccount";
    static final String WRONG_CURRENT = "password.refused.wrongCurrent";
    static final String LENGTH = "password.refused.length";
    static final String LETTERS_AND_DIGITS = "password.refused.lettersAndDigits";
    static final String SAME_AS_CURRENT = "password.refused.sameAsCurrent";
    static final String COMMON = "password.refused.common";
    static final String USERNAME = "password.refused.username";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Refusals() {}

    /** The refusal's text in {@code locale} (zh-CN for {@link Locale#ROOT}), as the web layer formats it. */
    static String text(PasswordRefusal refusal, Locale locale) {
        ResourceBundle bundle =
                ResourceBundle.getBundle(MESSAGES, locale, Refusals.class.getClassLoader(), NO_FALLBACK);
        String pattern = bundle.getString(refusal.key());
        return refusal.arguments().isEmpty()
                ? pattern
                : new MessageFormat(pattern, locale).format(refusal.arguments().toArray());
    }
}
