package org.tongban.platform.workflow.internal;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.tongban.platform.api.jdbc.JdbcTransactions;
import org.tongban.platform.api.persistence.Transactions;
import org.tongban.platform.persistence.internal.ChangelogMigrator;

/** The workflow changelog applied to an in-memory H2 or a throw-away PostgreSQL schema. */
record TestDb(DataSource dataSource, Runnable drop) implements AutoCloseable {

    static TestDb h2() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:workflow_" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return migrated(ds, () -> execute(ds, "SHUTDOWN"));
    }

    static TestDb postgres() throws Exception {
        String url = System.getProperty("tongban.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
        try (Connection ignored = DriverManager.getConnection(url, "postgres", null)) {
            // reachable
        } catch (Exception e) {
            if (Boolean.getBoolean("tongban.pg.required")) {
                throw new AssertionError("PostgreSQL is required but not reachable at " + url, e);
            }
            assumeTrue(false, "PostgreSQL not reachable at " + url + "; skipped");
        }
        String schema =
                "tb_workflow_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        PGSimpleDataSource admin = new PGSimpleDataSource();
        admin.setURL(url);
        admin.setUser("postgres");
        execute(admin, "CREATE SCHEMA " + schema);
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        ds.setUser("postgres");
        return migrated(ds, () -> execute(admin, "DROP SCHEMA " + schema + " CASCADE"));
    }

    private static TestDb migrated(DataSource ds, Runnable drop) throws Exception {
        new ChangelogMigrator(
                        ds, TestDb.class.getClassLoader(), "org.tongban.platform.workflow", "db/workflow-changelog.xml")
                .migrate();
        execute(ds, "CREATE TABLE probe_case (id VARCHAR(100), note VARCHAR(100))");
        return new TestDb(ds, drop);
    }

    Transactions transactions() {
        return new JdbcTransactions(dataSource);
    }

    static void execute(DataSource ds, String sql) {
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        drop.run();
    }
}
