package org.tongban.search;

/** Thrown when the search backend cannot answer; the message is in Chinese and fit to show to the citizen. */
public class SearchUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SearchUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
