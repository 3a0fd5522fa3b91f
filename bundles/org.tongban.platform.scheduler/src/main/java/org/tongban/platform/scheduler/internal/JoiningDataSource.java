package org.tongban.platform.scheduler.internal;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.tongban.platform.api.persistence.Transactions;

/**
 * The pool as the scheduler library sees it: on a thread inside a platform transaction it hands out that
 * transaction's connection (closing it does nothing, and the library never commits a connection that is not in
 * auto-commit mode), so a timer set in a case's transaction commits or rolls back with the case.
 */
final class JoiningDataSource implements DataSource {
    private final DataSource pool;
    private final Transactions transactions;

    JoiningDataSource(DataSource pool, Transactions transactions) {
        this.pool = pool;
        this.transactions = transactions;
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (!transactions.active()) {
            return pool.getConnection();
        }
        Connection joined = transactions.connection();
        return (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "close":
                            return null;
                        case "isClosed":
                            return false;
                        default:
                            try {
                                return method.invoke(joined, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                    }
                });
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return pool.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return pool.isWrapperFor(iface);
    }
}
