package org.tongban.platform.files;

import java.util.Locale;
import org.tongban.platform.api.i18n.Localized;
import org.tongban.platform.api.i18n.LocalizedMessage;

/**
 * An upload refused, with a key of this bundle's {@code i18n/files-messages}; {@link #getMessage()} is its
 * Simplified Chinese text.
 */
public class FileRefusedException extends IllegalArgumentException implements Localized {
    private static final long serialVersionUID = 1L;

    /** The message files, a family of properties files in this bundle. */
    public static final String MESSAGES = "i18n/files-messages";

    private final transient LocalizedMessage message;

    private FileRefusedException(LocalizedMessage message) {
        super(message.format(Locale.SIMPLIFIED_CHINESE));
        this.message = message;
    }

    /** A refusal with the message of this key and these arguments. */
    public static FileRefusedException of(String key, Object... arguments) {
        return new FileRefusedException(LocalizedMessage.of(FileRefusedException.class, MESSAGES, key, arguments));
    }

    /** The message key, for callers that react to one reason. */
    public String key() {
        return message.key();
    }

    @Override
    public LocalizedMessage localizedMessage() {
        return message;
    }
}
