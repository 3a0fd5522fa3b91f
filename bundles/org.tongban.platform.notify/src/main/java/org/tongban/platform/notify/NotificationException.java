package org.tongban.platform.notify;

import java.util.Locale;
import org.tongban.platform.api.i18n.Localized;
import org.tongban.platform.api.i18n.LocalizedMessage;

/** A notification refused before anything was written; the message is a key of {@link #MESSAGES}. */
public class NotificationException extends IllegalArgumentException implements Localized {
    private static final long serialVersionUID = 1L;

    /** The message files of this bundle. */
    public static final String MESSAGES = "i18n/notify-messages";

    private final transient LocalizedMessage message;

    private NotificationException(LocalizedMessage message) {
        super(message.format(Locale.SIMPLIFIED_CHINESE));
        this.message = message;
    }

    /** A refusal with the message of this key and arguments. */
    public static NotificationException of(String key, Object... arguments) {
        return new NotificationException(LocalizedMessage.of(NotificationException.class, MESSAGES, key, arguments));
    }

    @Override
    public LocalizedMessage localizedMessage() {
        return message;
    }
}
