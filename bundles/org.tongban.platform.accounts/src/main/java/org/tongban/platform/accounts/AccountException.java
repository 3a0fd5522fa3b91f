package org.tongban.platform.accounts;

import java.util.Locale;
import org.tongban.platform.api.i18n.Localized;
import org.tongban.platform.api.i18n.LocalizedMessage;

/** Input the account service refuses before anything is written; the message is a key of {@link #MESSAGES}. */
public class AccountException extends IllegalArgumentException implements Localized {
    private static final long serialVersionUID = 1L;

    /** The message files of this bundle. */
    public static final String MESSAGES = "i18n/accounts-messages";

    private final transient LocalizedMessage message;

    private AccountException(LocalizedMessage message) {
        super(message.format(Locale.SIMPLIFIED_CHINESE));
        this.message = message;
    }

    /** A refusal with the message of this key and arguments. */
    public static AccountException of(String key, Object... arguments) {
        return new AccountException(LocalizedMessage.of(AccountException.class, MESSAGES, key, arguments));
    }

    /** A refusal with another bundle's message, such as the password policy's. */
    public static AccountException of(Localized reason) {
        return new AccountException(reason.localizedMessage());
    }

    @Override
    public LocalizedMessage localizedMessage() {
        return message;
    }
}
