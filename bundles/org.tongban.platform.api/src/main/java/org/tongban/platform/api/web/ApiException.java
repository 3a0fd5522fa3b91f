package org.tongban.platform.api.web;

import java.util.Locale;
import org.tongban.platform.api.i18n.LocalizedMessage;

/**
 * An answer other than the normal one, with a message fit to show: Chinese text, or a {@link LocalizedMessage} that
 * the host translates into the caller's language.
 */
public class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient LocalizedMessage localized;
    private final int retryAfterSeconds;

    public ApiException(int status, String message) {
        this(status, message, null, 0);
    }

    public ApiException(int status, LocalizedMessage message) {
        this(status, message.format(Locale.SIMPLIFIED_CHINESE), message, 0);
    }

    private ApiException(int status, String message, LocalizedMessage localized, int retryAfterSeconds) {
        super(message, null, false, false);
        this.status = status;
        this.localized = localized;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** 400: the request is malformed or its values are invalid. */
    public static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }

    /** 404: what the path names does not exist. */
    public static ApiException notFound(String message) {
        return new ApiException(404, message);
    }

    /** 503 with {@code Retry-After}: a service the route needs is down for now. */
    public static ApiException unavailable(String message, int retryAfterSeconds) {
        return new ApiException(503, message, null, retryAfterSeconds);
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** Seconds for {@code Retry-After}, or 0 for none. */
    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** The message in this language. */
    public String message(Locale locale) {
        return localized == null ? getMessage() : localized.format(locale);
    }
}
