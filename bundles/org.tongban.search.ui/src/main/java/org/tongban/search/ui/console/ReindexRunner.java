package org.tongban.search.ui.console;

import com.vaadin.flow.component.Component;
import org.tongban.platform.api.security.AccessControl;

/**
 * Where the index page runs a rebuild. The view shows its progress first and hears of the end through
 * {@code UI.access}, so the rebuild may run on any thread that carries the clerk's login: {@code reindexAll} checks
 * the permission and writes the audit log for the user bound to the calling thread.
 */
@FunctionalInterface
interface ReindexRunner {

    /** Runs {@code work}, which must not touch the view except through {@code UI.access}. */
    void run(Component view, Runnable work);

    /**
     * A virtual thread that runs as the clerk who clicked ({@code AccessControl.asCurrentUser}), so the console stays
     * responsive while a large catalogue is rebuilt and the rebuild is still checked and audited as theirs.
     */
    static ReindexRunner inBackground(AccessControl access) {
        return (view, work) -> Thread.ofVirtual().name("tongban-reindex").start(access.asCurrentUser(work));
    }
}
