package org.tongban.helpdesk;

/** A person (identity number, GB 11643) or an enterprise (unified social credit code, GB 32100). */
public enum RequesterKind {
    PERSON,
    ENTERPRISE
}
