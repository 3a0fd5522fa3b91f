package org.tongban.notice;

import java.util.Locale;
import org.tongban.platform.api.i18n.Localized;
import org.tongban.platform.api.i18n.LocalizedMessage;

/**
 * Thrown when input to {@link NoticeService} is invalid. The message is a key of this bundle's {@code
 * i18n/notice-messages} files, shown in the user's language; {@link #getMessage()} is its Simplified Chinese text.
 */
public class NoticeValidationException extends IllegalArgumentException implements Localized {
    private static final long serialVersionUID = 1L;

    /** The message files, a family of properties files in this bundle. */
    public static final String MESSAGES = "i18n/notice-messages";

    private final transient LocalizedMessage message;

    /** An exception with a message in Simplified Chinese only. */
    public NoticeValidationException(String message) {
        // Not a key of the files: every language falls back to the text itself.
        this(LocalizedMessage.of(NoticeValidationException.class, MESSAGES, message));
    }

    /** An exception with the message of this key of {@link #MESSAGES} and these arguments. */
    public static NoticeValidationException of(String key, Object... arguments) {
        return new NoticeValidationException(
                LocalizedMessage.of(NoticeValidationException.class, MESSAGES, key, arguments));
    }

    private NoticeValidationException(LocalizedMessage message) {
        super(message.format(Locale.SIMPLIFIED_CHINESE));
        this.message = message;
    }

    @Override
    public LocalizedMessage localizedMessage() {
        return message;
    }
}
