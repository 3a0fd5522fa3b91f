package org.tongban.platform.accounts;

import java.time.Instant;

/**
 * The outcome of a sign-in. A refusal never says whether the login name exists.
 *
 * @param outcome what happened
 * @param account the account, when signed in
 * @param lockedUntil until when sign-in from this address is locked, when locked
 * @param session the mobile app's session, when signed in through {@link PublicAccounts#signInForApi}
 */
public record SignIn(Outcome outcome, PublicAccount account, Instant lockedUntil, ApiSession session) {

    /** What happened. */
    public enum Outcome {
        /** The password matched. */
        SIGNED_IN,
        /** Wrong login name or password. */
        REFUSED,
        /** Too many failures from this address: locked until {@link #lockedUntil()}. */
        LOCKED
    }

    /** This outcome with a mobile app's session. */
    public SignIn withSession(ApiSession apiSession) {
        return new SignIn(outcome, account, lockedUntil, apiSession);
    }

    /** Whether the account signed in. */
    public boolean signedIn() {
        return outcome == Outcome.SIGNED_IN;
    }
}
