package org.tongban.hotline.internal;

import org.tongban.hotline.HotlineException;

/** Checks of free text; text is kept as given (views escape it), only its length and presence are checked. */
final class Checks {
    static final int REASON_LIMIT = 2000;

    private Checks() {}

    static String text(String value, int limit, String missingKey) {
        if (value == null || value.isBlank()) {
            throw HotlineException.of(missingKey);
        }
        if (value.codePointCount(0, value.length()) > limit) {
            throw HotlineException.of("hotline.error.textTooLong", limit);
        }
        return value;
    }

    static String reason(String value) {
        return text(value, REASON_LIMIT, "hotline.error.reasonMissing");
    }

    static String optional(String value, int limit) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return text(value, limit, "hotline.error.reasonMissing");
    }
}
