package org.tongban.platform.persistence.internal;

/** A changelog could not be applied; the message is the root cause, the whole chain is the cause. */
final class MigrationException extends Exception {

    MigrationException(Throwable cause) {
        super(Failures.rootMessage(cause), cause);
    }
}
