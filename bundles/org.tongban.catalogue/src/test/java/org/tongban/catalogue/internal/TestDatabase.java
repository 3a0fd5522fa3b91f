package org.tongban.catalogue.internal;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import org.tongban.platform.api.jdbc.JdbcTransactions;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.persistence.Transactions;

/** A real database with the bundle's changelog applied by plain Liquibase, as the persistence bundle would. */
record TestDatabase(DataSource dataSource, String vendor, Transactions transactions) implements Database {

    TestDatabase(DataSource dataSource, String vendor) {
        this(dataSource, vendor, new JdbcTransactions(dataSource));
    }

    static TestDatabase migrated(DataSource dataSource, String vendor) throws SQLException, LiquibaseException {
        try (Connection connection = dataSource.getConnection()) {
            new CommandScope(UpdateCommandStep.COMMAND_NAME)
                    .addArgumentValue(
                            DbUrlConnectionArgumentsCommandStep.DATABASE_ARG,
                            DatabaseFactory.getInstance()
                                    .findCorrectDatabaseImplementation(new JdbcConnection(connection)))
                    .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, "db/catalogue-changelog.xml")
                    .execute();
        }
        return new TestDatabase(dataSource, vendor);
    }
}
