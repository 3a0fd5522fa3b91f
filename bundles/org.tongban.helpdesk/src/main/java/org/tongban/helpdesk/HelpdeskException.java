package org.tongban.helpdesk;

import java.util.Locale;
import org.tongban.platform.api.i18n.Localized;
import org.tongban.platform.api.i18n.LocalizedMessage;

/**
 * The help desk refused a step because of its input, the request's state or the caller's place; nothing was written. The message is a key
 * of this bundle's {@code i18n/helpdesk-messages} files; {@link #getMessage()} is its Simplified Chinese text.
 */
public class HelpdeskException extends IllegalArgumentException implements Localized {
    private static final long serialVersionUID = 1L;

    /** The message files, a family of properties files in this bundle. */
    public static final String MESSAGES = "i18n/helpdesk-messages";

    private final transient LocalizedMessage message;

    /** The exception with the message of this key of {@link #MESSAGES} and these arguments. */
    public static HelpdeskException of(String key, Object... arguments) {
        return new HelpdeskException(LocalizedMessage.of(HelpdeskException.class, MESSAGES, key, arguments));
    }

    private HelpdeskException(LocalizedMessage message) {
        super(message.format(Locale.SIMPLIFIED_CHINESE));
        this.message = message;
    }

    /** The message key. */
    public String key() {
        return message.key();
    }

    @Override
    public LocalizedMessage localizedMessage() {
        return message;
    }
}
