package org.tongban.hotline.internal;

import java.util.function.Supplier;
import org.tongban.platform.api.security.Authenticator;
import org.tongban.platform.api.security.LoginResult;

/**
 * The hotline's demo accounts, listed with the platform's others in {@code demo/demo-accounts.json} (the security
 * bundle creates them once the hotline's changelog has added their roles). The demo tickets are put through the flow
 * signed in as these accounts, as the agent, office and units would.
 */
final class DemoAccounts {
    /** One account of docs/demo-accounts.md. */
    record Account(String username, String password) {}

    static final Account AGENT = new Account("hotline.agent", "Demo2026zuoxi");
    static final Account OFFICE = new Account("hotline.office", "Demo2026rexianban");
    static final Account LIXIA_UNIT = new Account("lixia.cgj", "Demo2026lxcg");
    static final Account CITY_ZJJ = new Account("city.zjj", "Demo2026zhujian");

    private final Authenticator authenticator;

    DemoAccounts(Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    /**
     * Whether the account exists within {@code timeout}, looked up twice a second; false when interrupted. It reads the
     * account table rather than trying to sign in, since failed sign-ins from one address are throttled for everyone.
     */
    static boolean await(
            org.tongban.platform.api.persistence.Transactions tx, Account account, java.time.Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            boolean exists = tx.read(c -> org.tongban.platform.api.jdbc.Jdbc.one(
                                    c,
                                    "SELECT COUNT(*) FROM sec_user WHERE username = ?",
                                    r -> r.getLong(1),
                                    account.username())
                            .orElse(0L)
                    > 0);
            if (exists) {
                return true;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private final java.util.Map<String, Object> sessions = new java.util.HashMap<>();

    /** Runs the work signed in as the user (one sign-in per user), or returns null when the sign-in fails. */
    <T> T as(String username, String password, Supplier<T> work) {
        Object session = sessions.get(username);
        if (session == null) {
            LoginResult login = authenticator.login(username, password.toCharArray(), "127.0.0.1");
            if (!login.loggedIn()) {
                return null;
            }
            session = login.session();
            sessions.put(username, session);
        }
        authenticator.bind(session);
        try {
            return work.get();
        } finally {
            authenticator.bind(null);
        }
    }

    /** Ends every sign-in of the demo loading. */
    void signOutAll() {
        sessions.values().forEach(authenticator::logout);
        sessions.clear();
    }
}
