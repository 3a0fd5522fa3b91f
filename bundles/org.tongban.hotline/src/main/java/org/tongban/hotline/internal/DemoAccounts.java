package org.tongban.hotline.internal;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.platform.api.security.Authenticator;
import org.tongban.platform.api.security.LoginResult;
import org.tongban.platform.api.security.UserAccount;
import org.tongban.platform.api.security.UserAdmin;

/**
 * The hotline's demo accounts. The security bundle makes its demo accounts before the hotline's roles exist, so the
 * hotline adds its own through the platform's user service: as the demo administrator, then each account sets its
 * documented password in place of the one-time one, as a clerk would at the first login.
 */
final class DemoAccounts {
    private static final Logger LOG = LoggerFactory.getLogger(DemoAccounts.class);
    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "Demo2026admin";

    /** One account of docs/demo-accounts.md. */
    record Account(String username, String displayName, String jurisdiction, String role, String password) {}

    static final Account AGENT =
            new Account("hotline.agent", "12345坐席（演示）", "370100", "hotline-agent", "Demo2026zuoxi");
    static final Account OFFICE =
            new Account("hotline.office", "12345热线办（演示）", "370100", "hotline-office", "Demo2026rexianban");
    static final Account LIXIA_UNIT =
            new Account("lixia.cgj", "历下区城市管理局承办人（演示）", "370102", "hotline-unit", "Demo2026lxcg");
    static final Account CITY_ZJJ =
            new Account("city.zjj", "市住房城乡建设局承办人（演示）", "370100", "hotline-unit", "Demo2026zhujian");
    static final List<Account> ALL = List.of(AGENT, OFFICE, LIXIA_UNIT, CITY_ZJJ);

    private final Authenticator authenticator;
    private final UserAdmin users;

    DemoAccounts(Authenticator authenticator, UserAdmin users) {
        this.authenticator = authenticator;
        this.users = users;
    }

    /** Creates the accounts that are absent; false when the demo administrator cannot sign in. */
    boolean ensure() {
        List<String[]> created = new java.util.ArrayList<>();
        boolean admin = as(ADMIN, ADMIN_PASSWORD, () -> {
            Set<String> existing =
                    users.list().stream().map(UserAccount::username).collect(Collectors.toSet());
            for (Account a : ALL) {
                if (!existing.contains(a.username())) {
                    String oneTime = users.create(a.username(), a.displayName(), a.jurisdiction(), List.of(a.role()));
                    created.add(new String[] {a.username(), oneTime});
                }
            }
            return true;
        });
        signOutAll();
        if (admin != Boolean.TRUE) {
            LOG.warn("Demo mode: the demo administrator cannot sign in, hotline demo accounts not created");
            return false;
        }
        for (String[] c : created) {
            Account a = ALL.stream()
                    .filter(x -> x.username().equals(c[0]))
                    .findFirst()
                    .orElseThrow();
            as(a.username(), c[1], () -> authenticator
                    .changeOwnPassword(c[1].toCharArray(), a.password().toCharArray())
                    .map(r -> {
                        LOG.warn("Demo account {}: password refused ({})", a.username(), r);
                        return false;
                    })
                    .orElse(true));
            signOutAll();
            LOG.info("Demo mode: account {} ({}) at {} created", a.username(), a.role(), a.jurisdiction());
        }
        return true;
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
