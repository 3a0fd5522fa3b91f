package org.tongban.host;

import java.io.OutputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import liquibase.Scope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.analytics.configuration.AnalyticsArgs;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;
import org.slf4j.LoggerFactory;

/**
 * At the first start every bundle's schema is created by Liquibase, and the first migration pays for loading and
 * initialising Liquibase and H2 (over a second on two cores) while the framework's single start thread waits. This
 * runs one tiny changelog against a throw-away in-memory database on the other core meanwhile, so that the first
 * bundle finds them ready. It touches no data of the city, and a failure only costs the time it would have saved.
 */
final class StartupWarmup {

    private StartupWarmup() {}

    /** Starts the warm-up on a daemon thread. */
    static Thread begin() {
        Thread thread = new Thread(StartupWarmup::run, "tongban-warmup");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
        return thread;
    }

    private static void run() {
        ClassLoader hostLoader = StartupWarmup.class.getClassLoader();
        Thread.currentThread().setContextClassLoader(Scope.class.getClassLoader());
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:tongban-warmup;DB_CLOSE_DELAY=0")) {
            Map<String, Object> scope = Map.of(
                    Scope.Attr.classLoader.name(),
                    Scope.class.getClassLoader(),
                    Scope.Attr.resourceAccessor.name(),
                    new ClassLoaderResourceAccessor(hostLoader),
                    Scope.Attr.ui.name(),
                    new LoggerUIService(),
                    AnalyticsArgs.ENABLED.getKey(),
                    Boolean.FALSE);
            Scope.child(scope, () -> {
                Database database =
                        DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
                try {
                    new CommandScope(UpdateCommandStep.COMMAND_NAME)
                            .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                            .addArgumentValue(
                                    UpdateCommandStep.CHANGELOG_FILE_ARG, "org/tongban/host/warmup-changelog.xml")
                            .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG)
                            .setOutput(OutputStream.nullOutputStream())
                            .execute();
                } finally {
                    database.close();
                }
            });
        } catch (Exception | LinkageError e) {
            LoggerFactory.getLogger(StartupWarmup.class).debug("Start-up warm-up skipped", e);
        }
    }
}
