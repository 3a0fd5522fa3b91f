package org.tongban.host.web.shell;

import org.tongban.platform.api.security.LoginResult;

/**
 * The text of a refused login in the user's language, chosen by the outcome: a wrong password and a locked account
 * read the same (so the answer does not tell which accounts exist), a refused address says how long to wait.
 */
final class LoginRefusal {

    private LoginRefusal() {}

    static String text(LoginResult result, Translation translation) {
        return switch (result.outcome()) {
            case DISABLED -> translation.of("login.disabled");
            case THROTTLED ->
                translation.of(
                        "login.throttled",
                        result.retryAfter() == null
                                ? 1
                                : Math.max(1, (result.retryAfter().toSeconds() + 59) / 60));
            default -> translation.of("login.refused");
        };
    }
}
