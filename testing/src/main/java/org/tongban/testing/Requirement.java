package org.tongban.testing;

import org.junit.jupiter.api.Assumptions;

/**
 * The policy for a test that needs something outside the JVM (a database server, a search node, a browser): when it
 * is missing the test is skipped with the reason, unless the property {@code tongban.<name>.required} is {@code true}
 * (CI sets it): then the test fails, so that nothing is skipped unseen where it must run.
 */
final class Requirement {
    private final String what;
    private final String property;

    Requirement(String what, String property) {
        this.what = what;
        this.property = property;
    }

    boolean required() {
        return Boolean.getBoolean(property);
    }

    /** The message of a skip: what is missing, why, and that it was skipped. */
    String skipMessage(String missing) {
        return what + " " + missing + "; skipped";
    }

    /** The error of a required run: what is missing and which property made it required. */
    AssertionError failure(String missing, Throwable cause) {
        return new AssertionError(what + " is required (" + property + "=true) but " + missing, cause);
    }

    /** Skips the calling test (an aborted assumption) or fails it when required. */
    void unavailable(String missing, Throwable cause) {
        if (required()) {
            throw failure(missing, cause);
        }
        Assumptions.abort(skipMessage(missing));
    }
}
