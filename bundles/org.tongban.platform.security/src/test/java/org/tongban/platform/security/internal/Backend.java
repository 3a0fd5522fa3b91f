package org.tongban.platform.security.internal;

/** The databases every database test runs against. */
enum Backend {
    H2,
    POSTGRESQL
}
