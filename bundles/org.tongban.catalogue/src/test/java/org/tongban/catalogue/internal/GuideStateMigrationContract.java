package org.tongban.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.tongban.catalogue.CataloguePermissions.EDIT;
import static org.tongban.catalogue.CataloguePermissions.PUBLISH;
import static org.tongban.catalogue.CataloguePermissions.READ;

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
import org.tongban.catalogue.GuideAction;
import org.tongban.catalogue.GuideEvent;
import org.tongban.catalogue.GuideStatus;
import org.tongban.catalogue.GuideVersion;
import org.tongban.platform.workflow.WorkflowState;
import org.tongban.platform.workflow.internal.JdbcWorkflows;
import org.tongban.testing.FakeAccessControl;
import org.tongban.testing.Jinan;
import org.tongban.testing.RecordingAuditLog;
import org.tongban.testing.TestDatabase;
import org.tongban.testing.TestJurisdictions;

/**
 * A database written while the catalogue kept its own guide states and events (changesets catalogue-1 to -4) keeps
 * every guide's states and history after the move onto the platform's workflows, and its guides go on through the
 * workflow from where they stood.
 */
abstract class GuideStateMigrationContract {
    private static final String CODE = "370100-SJJ-XK-001";

    abstract DataSource emptyDatabase();

    abstract String vendor();

    @Test
    void guideStatesAndEventsOfTheOldTablesBecomeWorkflowCasesAndTheirHistory() throws Exception {
        DataSource dataSource = emptyDatabase();
        TestDatabase.migrated(dataSource, vendor(), "db/workflow-changelog.xml");
        try (Connection c = dataSource.getConnection()) {
            new CommandScope(UpdateCountCommandStep.COMMAND_NAME)
                    .addArgumentValue(
                            DbUrlConnectionArgumentsCommandStep.DATABASE_ARG,
                            DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c)))
                    .addArgumentValue(UpdateCountCommandStep.CHANGELOG_FILE_ARG, CatalogueTestBase.CATALOGUE_CHANGELOG)
                    .addArgumentValue(UpdateCountCommandStep.COUNT_ARG, 4)
                    .setOutput(OutputStream.nullOutputStream())
                    .execute();
        }
        TestDatabase before = TestDatabase.of(dataSource, vendor());
        OffsetDateTime t = OffsetDateTime.of(2026, 3, 2, 1, 0, 0, 0, ZoneOffset.UTC);
        before.update(
                "INSERT INTO catalogue_matter (code, jurisdiction_code, latest_version, published_version, changed_by,"
                        + " changed_at) VALUES (?, ?, 3, 2, 'city.clerk', ?)",
                CODE,
                Jinan.JINAN,
                t);
        version(before, 1, GuideStatus.SUPERSEDED, t);
        version(before, 2, GuideStatus.PUBLISHED, t.plusHours(1));
        version(before, 3, GuideStatus.REVIEW, t.plusHours(2));
        event(before, 1, GuideAction.IMPORTED, "system", t, "导入");
        event(before, 1, GuideAction.PUBLISHED, "system", t, "导入");
        event(before, 2, GuideAction.SAVED, "city.clerk", t.plusHours(1), null);
        event(before, 2, GuideAction.SUBMITTED, "city.clerk", t.plusHours(1).plusMinutes(1), "请审核");
        event(before, 2, GuideAction.SENT_BACK, "city.chief", t.plusHours(1).plusMinutes(2), "材料清单不全");
        event(before, 2, GuideAction.SUBMITTED, "city.clerk", t.plusHours(1).plusMinutes(3), null);
        event(before, 2, GuideAction.PUBLISHED, "city.chief", t.plusHours(1).plusMinutes(4), "同意");
        event(before, 3, GuideAction.SAVED, "city.clerk", t.plusHours(2), "更新收费");
        event(before, 3, GuideAction.SUBMITTED, "city.clerk", t.plusHours(2).plusMinutes(1), null);

        TestDatabase after = TestDatabase.migrated(dataSource, vendor(), CatalogueTestBase.CHANGELOG);

        TestJurisdictions jurisdictions = new TestJurisdictions();
        FakeAccessControl access = new FakeAccessControl(jurisdictions);
        RecordingAuditLog audit = new RecordingAuditLog();
        JdbcWorkflows workflows = CatalogueTestBase.workflows(after, access, audit, (topic, aggregate, payload) -> {});
        JdbcCatalogueEditing editing =
                new JdbcCatalogueEditing(after, access, audit, jurisdictions, (t1, a, p) -> {}, workflows);
        JdbcMatterCatalogue catalogue = new JdbcMatterCatalogue(after, jurisdictions);
        access.actAs("city.chief", Jinan.JINAN, READ, EDIT, PUBLISH);

        assertThat(editing.history(CODE))
                .extracting(GuideVersion::version, GuideVersion::status)
                .containsExactly(
                        tuple(1, GuideStatus.SUPERSEDED),
                        tuple(2, GuideStatus.PUBLISHED),
                        tuple(3, GuideStatus.REVIEW));
        assertThat(workflows.state(GuideStates.GUIDE, GuideStates.id(CODE, 3)))
                .map(WorkflowState::state)
                .hasValue("REVIEW");
        assertThat(editing.events(CODE))
                .extracting(GuideEvent::version, GuideEvent::action, GuideEvent::actor, GuideEvent::comment)
                .containsExactly(
                        tuple(1, GuideAction.IMPORTED, "system", "导入"),
                        tuple(1, GuideAction.PUBLISHED, "system", "导入"),
                        tuple(2, GuideAction.SAVED, "city.clerk", null),
                        tuple(2, GuideAction.SUBMITTED, "city.clerk", "请审核"),
                        tuple(2, GuideAction.SENT_BACK, "city.chief", "材料清单不全"),
                        tuple(2, GuideAction.SUBMITTED, "city.clerk", null),
                        tuple(2, GuideAction.PUBLISHED, "city.chief", "同意"),
                        tuple(3, GuideAction.SAVED, "city.clerk", "更新收费"),
                        tuple(3, GuideAction.SUBMITTED, "city.clerk", null));
        assertThatThrownBy(() -> after.count("catalogue_guide_event"))
                .as("the old event table is gone")
                .isInstanceOf(RuntimeException.class);

        editing.publish(CODE, "同意更新");

        assertThat(editing.history(CODE))
                .extracting(GuideVersion::status)
                .containsExactly(GuideStatus.SUPERSEDED, GuideStatus.SUPERSEDED, GuideStatus.PUBLISHED);
        assertThat(catalogue.publishedMatter(CODE)).isPresent();
        assertThat(editing.events(CODE).getLast())
                .extracting(GuideEvent::version, GuideEvent::action, GuideEvent::comment)
                .containsExactly(3, GuideAction.PUBLISHED, "同意更新");
    }

    private static void version(TestDatabase db, int version, GuideStatus status, OffsetDateTime at) throws Exception {
        String json = JsonCatalogueCodec.MAPPER.writeValueAsString(
                MatterJson.write(TestMatters.licence(CODE, Jinan.JINAN, "370100-SJJ"), AttachmentJson.REFERENCE));
        db.update(
                "INSERT INTO catalogue_guide_version (matter_code, version, status, base_code, name, matter_type,"
                        + " jurisdiction_code, department_code, for_natural_person, for_legal_person,"
                        + " promised_limit_amount, promised_limit_unit, instant, visits, online_depth, content,"
                        + " author, created_at, status_changed_by, status_changed_at)"
                        + " VALUES (?, ?, ?, 'SD-XK-00123', '食品经营许可（新办）', 'ADMINISTRATIVE_LICENSING',"
                        + " ?, '370100-SJJ', FALSE, TRUE, 5, 'WORKING_DAYS', FALSE, 0, 'FULLY_ONLINE', ?,"
                        + " 'city.clerk', ?, 'city.clerk', ?)",
                CODE,
                version,
                status.name(),
                Jinan.JINAN,
                json,
                at,
                at);
    }

    private static void event(
            TestDatabase db, int version, GuideAction action, String actor, OffsetDateTime at, String remark) {
        db.update(
                "INSERT INTO catalogue_guide_event (matter_code, version, action, actor, event_at, remark)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                CODE,
                version,
                action.name(),
                actor,
                at,
                remark);
    }
}
