package org.tongban.platform.api.persistence;

import java.sql.Connection;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Transactions bound to the calling thread, in the spirit of OSGi Transaction Control. The outermost {@link #required}
 * takes a pooled connection, binds it to the thread and commits when its work returns (rolls back when it throws);
 * every nested {@code required} on the same thread, in any bundle, joins it and sees its uncommitted rows. So a case,
 * its deadline clock and its audit entry commit together or not at all, with one connection per thread.
 *
 * <p>A nested call that throws does not doom the transaction by itself: the exception travels to the caller, and
 * only the outermost call decides. SQL errors surface as {@link DataAccessException}.
 */
@ProviderType
public interface Transactions {

    /** Runs the work in the current transaction, or in a new one when none is active. */
    <T> T required(Work<T> work);

    /** Runs the work in a new transaction of its own, committed on return even if the caller's later rolls back. */
    <T> T requiresNew(Work<T> work);

    /**
     * Reads: joins the current transaction when there is one (so it sees its own writes and takes no second
     * connection), otherwise uses a connection in auto-commit mode.
     */
    <T> T read(Work<T> work);

    /** True while the calling thread is inside a transaction of this database. */
    boolean active();

    /** The connection of the current transaction; throws {@link IllegalStateException} outside one. */
    Connection connection();

    /**
     * Runs the action after the current transaction commits (never when it rolls back), or at once outside a
     * transaction. For work that must only follow a durable change: waking a dispatcher, pushing a notice.
     */
    void afterCommit(Runnable action);
}
