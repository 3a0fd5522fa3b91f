package org.tongban.platform.accounts.ui.internal;

/** The portal routes of this bundle, below the portal's root. */
final class AccountRoutes {
    static final String SIGN_IN = "account/sign-in";
    static final String REGISTER = "account/register";
    static final String RESET = "account/reset-password";
    static final String MESSAGES = "account/messages";

    private AccountRoutes() {}
}
