package org.tongban.credit;

import java.util.Locale;
import org.tongban.platform.api.i18n.Localized;
import org.tongban.platform.api.i18n.LocalizedMessage;

/** Input the credit service refuses before anything is written; the message is a key of {@link #MESSAGES}. */
public class CreditException extends IllegalArgumentException implements Localized {
    private static final long serialVersionUID = 1L;

    /** The message files of this bundle. */
    public static final String MESSAGES = "i18n/credit-messages";

    private final transient LocalizedMessage message;

    private CreditException(LocalizedMessage message) {
        super(message.format(Locale.SIMPLIFIED_CHINESE));
        this.message = message;
    }

    /** A refusal with the message of this key and arguments. */
    public static CreditException of(String key, Object... arguments) {
        return new CreditException(LocalizedMessage.of(CreditException.class, MESSAGES, key, arguments));
    }

    @Override
    public LocalizedMessage localizedMessage() {
        return message;
    }
}
