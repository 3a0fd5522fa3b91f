package org.tongban.platform.api.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.tongban.platform.api.persistence.DataAccessException;
import org.tongban.platform.api.persistence.Transactions;
import org.tongban.platform.api.persistence.Work;

/**
 * {@link Transactions} over a data source: the connection of the outermost transaction is bound to the thread in a
 * thread-local of this instance, so every bundle holding the same database shares it. The platform's persistence
 * bundle makes one per database; tests make their own over an embedded database.
 */
public final class JdbcTransactions implements Transactions {
    private static final System.Logger LOG = System.getLogger(JdbcTransactions.class.getName());

    private final DataSource dataSource;
    private final ThreadLocal<Frame> current = new ThreadLocal<>();

    /** One transaction: its connection, the transaction it suspended, and what runs after it commits. */
    private static final class Frame {
        final Connection connection;
        final Frame suspended;
        final List<Runnable> afterCommit = new ArrayList<>();

        Frame(Connection connection, Frame suspended) {
            this.connection = connection;
            this.suspended = suspended;
        }
    }

    public JdbcTransactions(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public <T> T required(Work<T> work) {
        Frame frame = current.get();
        return frame == null ? begin(work) : run(work, frame.connection);
    }

    @Override
    public <T> T requiresNew(Work<T> work) {
        return begin(work);
    }

    @Override
    public <T> T read(Work<T> work) {
        Frame frame = current.get();
        if (frame != null) {
            return run(work, frame.connection);
        }
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public boolean active() {
        return current.get() != null;
    }

    @Override
    public Connection connection() {
        Frame frame = current.get();
        if (frame == null) {
            throw new IllegalStateException("no transaction is active on this thread");
        }
        return frame.connection;
    }

    @Override
    public void afterCommit(Runnable action) {
        Frame frame = current.get();
        if (frame == null) {
            runQuietly(action);
        } else {
            frame.afterCommit.add(action);
        }
    }

    private <T> T begin(Work<T> work) {
        Frame outer = current.get();
        Frame frame;
        T result;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            frame = new Frame(connection, outer);
            current.set(frame);
            try {
                result = work.run(connection);
                connection.commit();
            } catch (SQLException | RuntimeException | Error e) {
                rollback(connection, e);
                throw e;
            } finally {
                restore(frame.suspended);
                resetAutoCommit(connection);
            }
        } catch (SQLException e) {
            throw failure(e);
        }
        for (Runnable action : frame.afterCommit) {
            runQuietly(action);
        }
        return result;
    }

    private static <T> T run(Work<T> work, Connection connection) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private void restore(Frame suspended) {
        if (suspended == null) {
            current.remove();
        } else {
            current.set(suspended);
        }
    }

    private static void rollback(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static void resetAutoCommit(Connection connection) {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.DEBUG, "could not reset auto-commit on a pooled connection", e);
        }
    }

    private static void runQuietly(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "an after-commit action failed", e);
        }
    }

    private static DataAccessException failure(SQLException e) {
        return new DataAccessException("数据库操作失败", e);
    }
}
