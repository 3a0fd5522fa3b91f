package org.tongban.notice.internal;

import static org.tongban.notice.NoticeService.MAX_BODY_LENGTH;
import static org.tongban.notice.NoticeService.MAX_TITLE_LENGTH;

import org.tongban.notice.NoticeValidationException;

/** Checks and normalises what a clerk typed, before anything is written. */
final class NoticeRules {

    private NoticeRules() {}

    static String title(String title) {
        return text(title, MAX_TITLE_LENGTH, "notice.error.titleEmpty", "notice.error.titleTooLong");
    }

    static String body(String body) {
        return text(body, MAX_BODY_LENGTH, "notice.error.bodyEmpty", "notice.error.bodyTooLong");
    }

    // Lengths are UTF-16 units, like the browser's maxlength; they never exceed the column's character limit.
    private static String text(String value, int maxLength, String emptyKey, String tooLongKey) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            throw NoticeValidationException.of(emptyKey);
        }
        if (stripped.length() > maxLength) {
            throw NoticeValidationException.of(tooLongKey, maxLength, stripped.length());
        }
        return stripped;
    }
}
