package org.tongban.evaluation;

import java.util.Locale;
import org.tongban.platform.api.i18n.Localized;
import org.tongban.platform.api.i18n.LocalizedMessage;

/**
 * 好差评 refused a request because of its input or the rating's state; nothing was written. The message is a key
 * of this bundle's {@code i18n/evaluation-messages} files; {@link #getMessage()} is its Simplified Chinese text.
 */
public class EvaluationException extends IllegalArgumentException implements Localized {
    private static final long serialVersionUID = 1L;

    /** The message files, a family of properties files in this bundle. */
    public static final String MESSAGES = "i18n/evaluation-messages";

    private final transient LocalizedMessage message;

    /** The exception with the message of this key of {@link #MESSAGES} and these arguments. */
    public static EvaluationException of(String key, Object... arguments) {
        return new EvaluationException(LocalizedMessage.of(EvaluationException.class, MESSAGES, key, arguments));
    }

    private EvaluationException(LocalizedMessage message) {
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
