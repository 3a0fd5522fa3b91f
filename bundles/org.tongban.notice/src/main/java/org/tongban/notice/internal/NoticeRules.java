package org.tongban.notice.internal;

import static org.tongban.notice.NoticeService.MAX_BODY_LENGTH;
import static org.tongban.notice.NoticeService.MAX_TITLE_LENGTH;

import org.tongban.notice.NoticeValidationException;

/** Checks and normalises what a clerk typed, before anything is written. */
final class NoticeRules {

    private NoticeRules() {}

    static String title(String title) {
        return text(title, MAX_TITLE_LENGTH, "标题");
    }

    static String body(String body) {
        return text(body, MAX_BODY_LENGTH, "正文");
    }

    // Lengths are UTF-16 units, like the browser's maxlength; they never exceed the column's character limit.
    private static String text(String value, int maxLength, String field) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            throw new NoticeValidationException(field + "不能为空");
        }
        if (stripped.length() > maxLength) {
            throw new NoticeValidationException(field + "不能超过" + maxLength + "个字（当前" + stripped.length() + "个字）");
        }
        return stripped;
    }
}
