package org.tongban.platform.persistence.internal;

import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.analytics.configuration.AnalyticsArgs;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.ui.LoggerUIService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies one Liquibase changelog in one transaction: on PostgreSQL it commits completely or not at all. On H2, whose
 * DDL commits implicitly, the changesets before a failed one stay applied and recorded (see
 * {@link SingleTransactionConnection}). Applying an applied changelog changes nothing, as Liquibase skips the
 * changesets recorded in {@code DATABASECHANGELOG}. Changesets with {@code runInTransaction="false"} (for example
 * {@code CREATE INDEX CONCURRENTLY}) cannot be used. Callers must not run two migrations on one database at once.
 */
public final class ChangelogMigrator {

    /**
     * How long a migration waits for a connection when the pool has none to give. At the first start of a busy
     * server the database itself may take longer to open than the pool's own wait, and a bundle that gives up then
     * stays without a database until it is restarted.
     */
    static final Duration CONNECTION_PATIENCE = Duration.ofSeconds(60);

    private static final Logger LOG = LoggerFactory.getLogger(ChangelogMigrator.class);

    private final DataSource dataSource;
    private final ClassLoader resources;
    private final String owner;
    private final String changelog;
    private Duration patience = CONNECTION_PATIENCE;
    private String digest;

    /** A changelog recorded under its plain path (tests, tools). */
    public ChangelogMigrator(DataSource dataSource, ClassLoader resources, String changelog) {
        this(dataSource, resources, null, changelog);
    }

    /**
     * @param resources the class loader that sees the changelog and its includes, in OSGi the bundle's class loader
     * @param owner the owning bundle's symbolic name: {@code DATABASECHANGELOG} records {@code owner/changelog}, so
     *     two bundles with the same changelog path and changeset ids never collide; null records the plain path
     * @param changelog the changelog's path below that class loader's root, for example {@code db/changelog.xml}
     */
    public ChangelogMigrator(DataSource dataSource, ClassLoader resources, String owner, String changelog) {
        this.dataSource = dataSource;
        this.resources = resources;
        this.owner = owner;
        this.changelog = changelog;
    }

    /** The path Liquibase records: the changelog below its owner. */
    String logicalPath() {
        String plain = ChangelogResourceAccessor.normalize(changelog);
        return owner == null || plain == null ? changelog : owner + "/" + plain;
    }

    /** Waits at most this long for a connection instead of {@link #CONNECTION_PATIENCE}. */
    ChangelogMigrator patience(Duration wait) {
        this.patience = wait;
        return this;
    }

    /**
     * Skips Liquibase when the changelog was last applied with this digest of everything it reads (see
     * {@link ChangelogDigests}), and records the digest after a successful migration.
     */
    ChangelogMigrator digest(String contentDigest) {
        this.digest = contentDigest;
        return this;
    }

    /**
     * Applies the changelog.
     *
     * @return false when it was skipped as applied with the same digest, true when Liquibase ran
     */
    public boolean migrate() throws MigrationException {
        // The pool resets auto-commit when the connection goes back to it.
        try (Connection connection = connect()) {
            if (digest != null && ChangelogDigests.applied(connection, logicalPath(), digest)) {
                return false;
            }
            SingleTransactionConnection transaction = new SingleTransactionConnection(connection);
            try {
                runLiquibase(transaction);
                connection.commit();
            } catch (Exception | LinkageError e) {
                MigrationException failure = new MigrationException(e);
                try {
                    if (transaction.ddlCommits()) {
                        // H2 kept the DDL of the changesets that ran; record them, as Liquibase already rolled back
                        // the failed one as far as it could.
                        connection.commit();
                    } else {
                        connection.rollback();
                    }
                    releaseLock(connection);
                } catch (SQLException cleanup) {
                    failure.addSuppressed(cleanup);
                }
                throw failure;
            }
            recordDigest(connection);
            return true;
        } catch (SQLException e) {
            throw new MigrationException(e);
        }
    }

    private void recordDigest(Connection connection) {
        if (digest == null) {
            return;
        }
        try {
            ChangelogDigests.record(connection, logicalPath(), digest);
        } catch (SQLException e) {
            LOG.warn("未能记录 {} 的摘要，下次启动将再次检查：{}", logicalPath(), e.getMessage());
        }
    }

    /** A connection, asked for again while the pool only says it has none yet, until {@link #patience} is over. */
    private Connection connect() throws SQLException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            try {
                return dataSource.getConnection();
            } catch (SQLTransientConnectionException e) {
                if (System.nanoTime() - deadline >= 0) {
                    throw e;
                }
                LOG.warn("数据库暂无可用连接，稍后重试迁移 {}：{}", logicalPath(), e.getMessage());
                try {
                    Thread.sleep(200);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /**
     * Liquibase runs from the host class path: its own class loader must be the context class loader and the scope's
     * class loader, or its service lookups see the bundle instead; the changelog itself is read through
     * {@link #resources}.
     */
    private void runLiquibase(SingleTransactionConnection connection) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        ClassLoader liquibase = Scope.class.getClassLoader();
        thread.setContextClassLoader(liquibase);
        try {
            Map<String, Object> scope = Map.of(
                    Scope.Attr.classLoader.name(),
                    liquibase,
                    Scope.Attr.resourceAccessor.name(),
                    new ChangelogResourceAccessor(resources, owner),
                    Scope.Attr.ui.name(),
                    new LoggerUIService(),
                    // Liquibase would otherwise report usage to its vendor over the network.
                    AnalyticsArgs.ENABLED.getKey(),
                    Boolean.FALSE);
            Scope.child(scope, () -> update(connection));
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private void update(SingleTransactionConnection connection) throws Exception {
        adoptUnkeyedHistory(connection.getUnderlyingConnection());
        Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(connection);
        try {
            new CommandScope(UpdateCommandStep.COMMAND_NAME)
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                    .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, logicalPath())
                    .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG)
                    .setOutput(OutputStream.nullOutputStream())
                    .execute();
        } finally {
            database.close(); // frees Liquibase's per-database caches; the connection itself stays open
        }
    }

    /**
     * Databases migrated before changelogs were keyed by bundle recorded plain paths: rename the rows of this
     * changelog's changesets (its includes too) to their keyed paths, so that they are not run again. Part of the
     * migration's transaction; with no history table yet there is nothing to adopt.
     */
    private void adoptUnkeyedHistory(Connection connection) throws Exception {
        if (owner == null || !historyTableExists(connection)) {
            return;
        }
        ChangelogResourceAccessor plain = new ChangelogResourceAccessor(resources);
        DatabaseChangeLog parsed = ChangeLogParserFactory.getInstance()
                .getParser(changelog, plain)
                .parse(changelog, new ChangeLogParameters(), plain);
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE DATABASECHANGELOG SET FILENAME = ? WHERE FILENAME = ? AND ID = ? AND AUTHOR = ?")) {
            for (ChangeSet changeSet : parsed.getChangeSets()) {
                String path = ChangelogResourceAccessor.normalize(changeSet.getFilePath());
                update.setString(1, owner + "/" + path);
                update.setString(2, path);
                update.setString(3, changeSet.getId());
                update.setString(4, changeSet.getAuthor());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private static boolean historyTableExists(Connection connection) throws SQLException {
        String schema = connection.getSchema();
        for (String name : new String[] {"DATABASECHANGELOG", "databasechangelog"}) {
            try (ResultSet tables = connection.getMetaData().getTables(null, schema, name, null)) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Makes sure a failure does not leave Liquibase's lock held (on H2 an implicit DDL commit makes {@code LOCKED =
     * TRUE} durable, and Liquibase's own release can fail): every later migration would wait for it and fail.
     * Migrations in this process are serialised by the caller, and on PostgreSQL the lock is never committed as held,
     * so a lock still held here is our own.
     */
    private static void releaseLock(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE DATABASECHANGELOGLOCK SET LOCKED = FALSE, LOCKGRANTED = NULL,"
                    + " LOCKEDBY = NULL WHERE ID = 1 AND LOCKED = TRUE");
            connection.commit();
        } catch (SQLException e) {
            connection.rollback(); // no lock table: the rollback removed it (PostgreSQL) or it never existed
        }
    }
}
