package org.tongban.notice;

/** Thrown when input to {@link NoticeService} is invalid; the message is in Chinese and fit to show to the user. */
public class NoticeValidationException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public NoticeValidationException(String message) {
        super(message);
    }
}
