package org.tongban.platform.api.i18n;

import java.util.Locale;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * An exception whose message is a {@link LocalizedMessage}: its {@link Throwable#getMessage()} stays Simplified
 * Chinese (logs and older callers), and the edge shows {@link #message(Locale)} in the user's language.
 */
@ConsumerType
public interface Localized {

    /** The key, arguments and message files of this exception's message. */
    LocalizedMessage localizedMessage();

    /** The message in this language. */
    default String message(Locale locale) {
        return localizedMessage().format(locale);
    }
}
