package org.tongban.worktime;

/** Invalid input to the working-time engine; the message is in Chinese and fit to show to the user. Nothing changed. */
public class WorktimeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public WorktimeException(String message) {
        super(message);
    }
}
