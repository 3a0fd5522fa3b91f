package org.tongban.documents;

import java.util.Locale;
import org.tongban.platform.api.i18n.Localized;
import org.tongban.platform.api.i18n.LocalizedMessage;

/**
 * Input refused by the documents or the certificate library, with a key of {@code i18n/documents-messages};
 * {@link #getMessage()} is its Simplified Chinese text.
 */
public class DocumentException extends IllegalArgumentException implements Localized {
    private static final long serialVersionUID = 1L;

    /** The message files, a family of properties files in this bundle. */
    public static final String MESSAGES = "i18n/documents-messages";

    private final transient LocalizedMessage message;

    private DocumentException(LocalizedMessage message) {
        super(message.format(Locale.SIMPLIFIED_CHINESE));
        this.message = message;
    }

    /** A refusal with the message of this key and these arguments. */
    public static DocumentException of(String key, Object... arguments) {
        return new DocumentException(LocalizedMessage.of(DocumentException.class, MESSAGES, key, arguments));
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
