package org.tongban.search.ui.api;

/** A request the API refuses with 400; the message says in Chinese what is wrong. */
public final class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadRequest(String message) {
        super(message, null, false, false);
    }
}
