package org.tongban.search;

/** Thrown for a query that cannot be run; the message is in Chinese and fit to show to the citizen. */
public class SearchQueryException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public SearchQueryException(String message) {
        super(message);
    }
}
