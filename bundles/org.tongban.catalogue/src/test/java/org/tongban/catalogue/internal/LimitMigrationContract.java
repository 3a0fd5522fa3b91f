package org.tongban.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.OutputStream;
import java.sql.Connection;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCountCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import org.junit.jupiter.api.Test;
import org.tongban.catalogue.GuideLimits;
import org.tongban.catalogue.Limit;
import org.tongban.catalogue.MatterQuery;
import org.tongban.testing.Jinan;
import org.tongban.testing.TestDatabase;
import org.tongban.testing.TestJurisdictions;

/**
 * A database written before limits had units (changesets catalogue-1 and -2 only) keeps its guides: after the
 * migration their limits are the same numbers in working days.
 */
abstract class LimitMigrationContract {
    private static final String CODE = "370100-SJJ-XK-001";

    abstract DataSource emptyDatabase();

    abstract String vendor();

    @Test
    void guidesStoredWithPlainDaysReadAsWorkingDaysAfterTheMigration() throws Exception {
        DataSource dataSource = emptyDatabase();
        try (Connection c = dataSource.getConnection()) {
            new CommandScope(UpdateCountCommandStep.COMMAND_NAME)
                    .addArgumentValue(
                            DbUrlConnectionArgumentsCommandStep.DATABASE_ARG,
                            DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c)))
                    .addArgumentValue(UpdateCountCommandStep.CHANGELOG_FILE_ARG, CatalogueTestBase.CATALOGUE_CHANGELOG)
                    .addArgumentValue(UpdateCountCommandStep.COUNT_ARG, 2)
                    .setOutput(OutputStream.nullOutputStream())
                    .execute();
        }
        ObjectNode old =
                MatterJson.write(TestMatters.licence(CODE, Jinan.JINAN, "370100-SJJ"), AttachmentJson.REFERENCE);
        old.remove("limits");
        old.put("legalLimitDays", 20).put("promisedLimitDays", 5);
        TestDatabase before = TestDatabase.of(dataSource, vendor());
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        before.update(
                "INSERT INTO catalogue_matter (code, jurisdiction_code, latest_version, published_version, changed_by,"
                        + " changed_at) VALUES (?, ?, 1, 1, 'system', ?)",
                CODE,
                Jinan.JINAN,
                now);
        before.update(
                "INSERT INTO catalogue_guide_version (matter_code, version, status, base_code, name, matter_type,"
                        + " jurisdiction_code, department_code, for_natural_person, for_legal_person,"
                        + " promised_limit_days, instant, visits, online_depth, content, author, created_at,"
                        + " status_changed_by, status_changed_at)"
                        + " VALUES (?, 1, 'PUBLISHED', 'SD-XK-00123', '食品经营许可（新办）', 'ADMINISTRATIVE_LICENSING',"
                        + " ?, '370100-SJJ', FALSE, TRUE, 5, FALSE, 0, 'FULLY_ONLINE', ?, 'system', ?, 'system', ?)",
                CODE,
                Jinan.JINAN,
                JsonCatalogueCodec.MAPPER.writeValueAsString(old),
                now,
                now);

        TestDatabase after = TestDatabase.migrated(dataSource, vendor(), CatalogueTestBase.CHANGELOG);
        JdbcMatterCatalogue catalogue = new JdbcMatterCatalogue(after, new TestJurisdictions());

        assertThat(catalogue.publishedMatter(CODE).orElseThrow().limits()).isEqualTo(GuideLimits.workingDays(20, 5));
        assertThat(catalogue.publishedMatters(MatterQuery.of(Jinan.JINAN)).items())
                .singleElement()
                .satisfies(s -> assertThat(s.promisedLimit()).isEqualTo(Limit.workingDays(5)));
    }
}
