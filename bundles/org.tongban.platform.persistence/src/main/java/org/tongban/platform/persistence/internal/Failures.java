package org.tongban.platform.persistence.internal;

/** Turns an exception chain into the one line an operator needs. */
final class Failures {

    private Failures() {}

    /** The message of the deepest cause that has one on one line, or else the class name of the deepest cause. */
    static String rootMessage(Throwable failure) {
        String message = null;
        Throwable deepest = failure;
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
            deepest = t;
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
        }
        return message != null
                ? message.strip().replaceAll("\\s+", " ")
                : deepest.getClass().getName();
    }
}
