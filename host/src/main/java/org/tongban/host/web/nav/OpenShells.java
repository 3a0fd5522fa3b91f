package org.tongban.host.web.nav;

import com.vaadin.flow.component.UI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The portal and console shells currently attached in browsers. When bundles come and go, each shell rebuilds its
 * menu in its own UI's lock, and the change reaches the browser through push.
 */
public final class OpenShells {

    /** A shell that can rebuild its navigation. */
    public interface Shell {
        /** Rebuilds the menu; called with the UI locked and the session's user bound. */
        void refreshNavigation();
    }

    private static final Map<Shell, UI> SHELLS = new ConcurrentHashMap<>();

    private OpenShells() {}

    public static void register(Shell shell, UI ui) {
        SHELLS.put(shell, ui);
    }

    public static void unregister(Shell shell) {
        SHELLS.remove(shell);
    }

    /** Forgets every shell: the web layer is stopping, and their sessions are gone or going. */
    public static void clear() {
        SHELLS.clear();
    }

    static void refreshAll() {
        SHELLS.forEach((shell, ui) -> {
            if (ui.isClosing()) {
                SHELLS.remove(shell);
            } else {
                ui.access(() -> ShellAccess.withSessionUser(shell::refreshNavigation));
            }
        });
    }
}
