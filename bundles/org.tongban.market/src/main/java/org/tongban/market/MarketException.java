package org.tongban.market;

import java.util.Locale;
import org.tongban.platform.api.i18n.Localized;
import org.tongban.platform.api.i18n.LocalizedMessage;

/**
 * Input the market refuses before anything is written; the message is a key of {@link #MESSAGES}, shown to the user
 * in Chinese (and zh-TW, en).
 */
public class MarketException extends IllegalArgumentException implements Localized {
    private static final long serialVersionUID = 1L;

    /** The message files of this bundle. */
    public static final String MESSAGES = "i18n/market-messages";

    private final transient LocalizedMessage message;
    private final String key;

    private MarketException(String key, LocalizedMessage message) {
        super(message.format(Locale.SIMPLIFIED_CHINESE));
        this.key = key;
        this.message = message;
    }

    /** A refusal with the message of this key and arguments. */
    public static MarketException of(String key, Object... arguments) {
        return new MarketException(key, LocalizedMessage.of(MarketException.class, MESSAGES, key, arguments));
    }

    /** The message key, for example {@code market.error.signUpClosed}. */
    public String key() {
        return key;
    }

    @Override
    public LocalizedMessage localizedMessage() {
        return message;
    }
}
