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

    private final Map<Shell, UI> shells = new ConcurrentHashMap<>();

    OpenShells() {}

    public void register(Shell shell, UI ui) {
        shells.put(shell, ui);
    }

    public void unregister(Shell shell) {
        shells.remove(shell);
    }

    /** Forgets every shell: the web layer is stopping, and their sessions are gone or going. */
    void clear() {
        shells.clear();
    }

    void refreshAll() {
        shells.forEach((shell, ui) -> {
            if (ui.isClosing()) {
                shells.remove(shell);
            } else {
                ui.access(() -> ShellAccess.withSessionUser(shell::refreshNavigation));
            }
        });
    }
}
