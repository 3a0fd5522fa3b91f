package org.tongban.intake.internal;

/**
 * Who receives a submission: a clerk at a window, whose permissions the services check, or the applicant's own public
 * account online, whose authentication the caller did and whose identifier the application must name.
 *
 * @param name who the case's rows and idempotency keys name: the clerk's login, or {@code account:<id>}
 * @param accountId the public account applying online, else null
 * @param identifier that account's identity number or credit code in full, else null
 */
record Receiver(String name, Long accountId, String identifier) {

    static Receiver staff(String actor) {
        return new Receiver(actor, null, null);
    }

    static Receiver online(long accountId, String identifier) {
        return new Receiver(recipient(accountId), accountId, identifier);
    }

    /** The account's name in rows and audit details: {@code account:42}. */
    static String recipient(long accountId) {
        return "account:" + accountId;
    }

    boolean online() {
        return accountId != null;
    }
}
