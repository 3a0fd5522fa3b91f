package org.tongban.host.web.nav;

import org.tongban.host.web.PlatformServices;
import org.tongban.host.web.SessionLogin;

/** Runs UI work outside a request (push from a Felix thread) with the session's user bound, as in a request. */
final class ShellAccess {

    private ShellAccess() {}

    static void withSessionUser(Runnable work) {
        SessionLogin.bindCurrent();
        try {
            work.run();
        } finally {
            PlatformServices.current().authenticator().ifPresent(a -> a.bind(null));
        }
    }
}
