package org.tongban.platform.api.security;

import java.util.List;
import org.tongban.platform.api.i18n.Localized;
import org.tongban.platform.api.i18n.LocalizedMessage;

/**
 * Why a new password was refused, as a message key with its arguments: a {@link Localized} message like every other
 * refusal, so the console and the API show it with {@link #message(java.util.Locale)} in the user's language. The
 * texts (zh-CN, zh-TW, en) are in the platform API's own message files, {@code i18n/platform-api}, next to the other
 * platform messages, and the keys start with {@code password.refused.}.
 *
 * @param key the message key, for example {@code password.refused.common}
 * @param arguments the values of the message's placeholders {@code {0}}, {@code {1}}, in order
 * @since 1.3
 */
public record PasswordRefusal(String key, List<Object> arguments) implements Localized {

    /** Message key: not logged in. */
    public static final String NOT_LOGGED_IN = "password.refused.notLoggedIn";

    /** Message key: the account is gone. */
    public static final String UNKNOWN_ACCOUNT = "password.refused.unknownAccount";

    /** Message key: the current password given is wrong. */
    public static final String WRONG_CURRENT = "password.refused.wrongCurrent";

    /** Message key: too short or too long; arguments the bounds. */
    public static final String LENGTH = "password.refused.length";

    /** Message key: needs both letters and digits. */
    public static final String LETTERS_AND_DIGITS = "password.refused.lettersAndDigits";

    /** Message key: the same as the current one. */
    public static final String SAME_AS_CURRENT = "password.refused.sameAsCurrent";

    /** Message key: a common password, or one built from it. */
    public static final String COMMON = "password.refused.common";

    /** Message key: contains the username or a part of it. */
    public static final String USERNAME = "password.refused.username";

    /** The message files, in this package's bundle. */
    static final String MESSAGES = "i18n/platform-api";

    public PasswordRefusal {
        arguments = List.copyOf(arguments);
    }

    /** A refusal with these placeholder values. */
    public static PasswordRefusal of(String key, Object... arguments) {
        return new PasswordRefusal(key, List.of(arguments));
    }

    /** @since 1.4 */
    @Override
    public LocalizedMessage localizedMessage() {
        return new LocalizedMessage(PasswordRefusal.class, MESSAGES, key, arguments);
    }
}
