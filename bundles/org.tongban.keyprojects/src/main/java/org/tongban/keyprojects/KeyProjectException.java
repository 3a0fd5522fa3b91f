package org.tongban.keyprojects;

import java.util.Locale;
import org.tongban.platform.api.i18n.Localized;
import org.tongban.platform.api.i18n.LocalizedMessage;

/**
 * The green channel refused a request because of its input or the state of a project; nothing was written. The message
 * is a key of this bundle's {@code i18n/keyprojects-messages} files; {@link #getMessage()} is its Simplified Chinese
 * text.
 */
public class KeyProjectException extends IllegalArgumentException implements Localized {
    private static final long serialVersionUID = 1L;

    /** The message files, a family of properties files in this bundle. */
    public static final String MESSAGES = "i18n/keyprojects-messages";

    private final transient LocalizedMessage message;

    /** The exception with the message of this key of {@link #MESSAGES} and these arguments. */
    public static KeyProjectException of(String key, Object... arguments) {
        return new KeyProjectException(LocalizedMessage.of(KeyProjectException.class, MESSAGES, key, arguments));
    }

    private KeyProjectException(LocalizedMessage message) {
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
