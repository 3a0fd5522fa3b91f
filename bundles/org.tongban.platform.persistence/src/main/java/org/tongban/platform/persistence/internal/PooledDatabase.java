package org.tongban.platform.persistence.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.tongban.platform.api.health.ComponentHealth;
import org.tongban.platform.api.jdbc.JdbcTransactions;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.persistence.Transactions;

/** The platform database: one HikariCP pool shared by every bundle. */
final class PooledDatabase implements Database, AutoCloseable {

    static final String HEALTH_NAME = "database";

    private final HikariDataSource pool;
    private final Vendor vendor;
    private final Transactions transactions;

    private PooledDatabase(HikariDataSource pool, Vendor vendor) {
        this.pool = pool;
        this.vendor = vendor;
        this.transactions = new JdbcTransactions(pool);
    }

    /**
     * Opens the pool without connecting yet, so that an unreachable database shows as DOWN in the health view instead
     * of keeping the platform from starting.
     *
     * @throws IllegalArgumentException if the URL is not an H2 or PostgreSQL URL
     */
    static PooledDatabase open(String url, String user, String password, int maximumPoolSize) {
        Vendor vendor = Vendor.fromUrl(url);
        HikariConfig config = new HikariConfig();
        config.setPoolName("tongban");
        config.setJdbcUrl(url);
        config.setDriverClassName(vendor.driverClassName());
        if (user != null && !user.isBlank()) {
            config.setUsername(user);
        }
        if (password != null && !password.isEmpty()) {
            config.setPassword(password);
        }
        config.setMaximumPoolSize(maximumPoolSize);
        config.setInitializationFailTimeout(-1);
        // Fail a request (and the health check) after 5 s instead of Hikari's 30 s when the database is gone.
        config.setConnectionTimeout(5_000);
        return new PooledDatabase(new HikariDataSource(config), vendor);
    }

    @Override
    public DataSource dataSource() {
        return pool;
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }

    @Override
    public String vendor() {
        return vendor.id();
    }

    /** UP with vendor and pool figures when {@code SELECT 1} works, DOWN with the reason otherwise. */
    ComponentHealth health() {
        try (Connection connection = pool.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("SELECT 1");
        } catch (SQLException | RuntimeException e) {
            return ComponentHealth.down(HEALTH_NAME, Failures.rootMessage(e), -1);
        }
        return ComponentHealth.up(HEALTH_NAME, vendor.id() + ", " + poolFigures());
    }

    private String poolFigures() {
        HikariPoolMXBean figures = pool.getHikariPoolMXBean();
        String max = "max " + pool.getMaximumPoolSize();
        if (figures == null) {
            return "pool " + max;
        }
        return "pool " + figures.getActiveConnections() + " active, " + figures.getIdleConnections() + " idle, " + max;
    }

    @Override
    public void close() {
        pool.close();
    }
}
