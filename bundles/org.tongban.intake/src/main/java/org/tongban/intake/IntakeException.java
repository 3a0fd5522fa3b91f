package org.tongban.intake;

import java.util.Locale;
import org.tongban.platform.api.i18n.Localized;
import org.tongban.platform.api.i18n.LocalizedMessage;

/**
 * Intake refused a request because of its input or the case's state; nothing was written. The message is a key of
 * this bundle's {@code i18n/intake-messages} files; {@link #getMessage()} is its Simplified Chinese text.
 */
public class IntakeException extends IllegalArgumentException implements Localized {
    private static final long serialVersionUID = 1L;

    /** The message files, a family of properties files in this bundle. */
    public static final String MESSAGES = "i18n/intake-messages";

    private final transient LocalizedMessage message;

    /** The exception with the message of this key of {@link #MESSAGES} and these arguments. */
    public static IntakeException of(String key, Object... arguments) {
        return new IntakeException(LocalizedMessage.of(IntakeException.class, MESSAGES, key, arguments));
    }

    private IntakeException(LocalizedMessage message) {
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
