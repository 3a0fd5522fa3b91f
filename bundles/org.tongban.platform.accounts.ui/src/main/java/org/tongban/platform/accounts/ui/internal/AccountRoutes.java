package org.tongban.platform.accounts.ui.internal;

/** The portal routes of this bundle, below the portal's root. */
final class AccountRoutes {
    static final String SIGN_IN = org.tongban.platform.accounts.ui.CitizenSession.SIGN_IN_ROUTE;
    static final String REGISTER = "account/register";
    static final String RESET = "account/reset-password";
    static final String MESSAGES = "account/messages";

    private AccountRoutes() {}
}
