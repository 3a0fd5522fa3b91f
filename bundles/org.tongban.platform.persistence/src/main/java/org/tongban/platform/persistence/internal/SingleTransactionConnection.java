package org.tongban.platform.persistence.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.DatabaseException;

/**
 * Lets a whole changelog run in one database transaction while Liquibase believes it commits after every changeset.
 *
 * <p>Liquibase's {@code commit()} becomes a savepoint and its {@code rollback()} a rollback to the last savepoint, so
 * its own bookkeeping (lock table, history table, rollback after a failed changeset) behaves as it expects, and a
 * PostgreSQL transaction aborted by a failed statement becomes usable again for releasing the lock. The caller commits
 * or rolls back the real transaction once. Liquibase's request for auto-commit (it asks for it on H2) is ignored.
 *
 * <p>PostgreSQL's DDL is transactional, so a failed changelog leaves nothing behind. H2 commits the open transaction
 * implicitly with every DDL statement (which also ends its savepoints): there the DDL of the changesets that ran stays,
 * and {@link ChangelogMigrator} keeps their history rows too, so that a corrected changelog resumes where it failed.
 */
final class SingleTransactionConnection extends JdbcConnection {

    private final boolean ddlCommits;
    private Savepoint lastCommit;

    SingleTransactionConnection(Connection connection) throws SQLException {
        super(connection);
        connection.setAutoCommit(false);
        ddlCommits = connection.getMetaData().dataDefinitionCausesTransactionCommit();
        lastCommit = connection.setSavepoint();
    }

    /** Whether DDL commits implicitly (H2), so that a failed changelog cannot be undone completely. */
    boolean ddlCommits() {
        return ddlCommits;
    }

    @Override
    public void setAutoCommit(boolean ignored) throws DatabaseException {
        super.setAutoCommit(false);
    }

    @Override
    public void commit() throws DatabaseException {
        // Release first: releasing a savepoint also destroys every later one.
        release(lastCommit);
        try {
            lastCommit = getUnderlyingConnection().setSavepoint();
        } catch (SQLException e) {
            throw new DatabaseException(e);
        }
    }

    @Override
    public void rollback() throws DatabaseException {
        Connection connection = getUnderlyingConnection();
        try {
            connection.rollback(lastCommit);
        } catch (SQLException e) {
            if (!ddlCommits) {
                throw new DatabaseException(e);
            }
            // An implicit DDL commit ended the savepoint: all that is open began after Liquibase's last commit.
            try {
                connection.rollback();
                lastCommit = connection.setSavepoint();
            } catch (SQLException again) {
                throw new DatabaseException(again);
            }
        }
    }

    /** The pool owns the connection; Liquibase must not close it. */
    @Override
    public void close() {}

    private void release(Savepoint savepoint) {
        try {
            getUnderlyingConnection().releaseSavepoint(savepoint);
        } catch (SQLException e) {
            // Already released by an implicit commit (H2).
        }
    }
}
