package org.tongban.catalogue.ui.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.catalogue.CataloguePermissions.EDIT;
import static org.tongban.catalogue.CataloguePermissions.PUBLISH;
import static org.tongban.catalogue.CataloguePermissions.READ;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.catalogue.Material;
import org.tongban.catalogue.Matter;
import org.tongban.catalogue.internal.JdbcCatalogueEditing;
import org.tongban.catalogue.ui.fixtures.Samples;
import org.tongban.platform.api.work.WorkItem;
import org.tongban.platform.api.work.WorkUrgency;
import org.tongban.platform.workflow.internal.JdbcWorkflows;
import org.tongban.testing.FakeAccessControl;
import org.tongban.testing.Jinan;
import org.tongban.testing.RecordingAuditLog;
import org.tongban.testing.TestDatabase;
import org.tongban.testing.TestJurisdictions;

/** The catalogue's lines of the console home's 我的待办, on the real editing service and workflow. */
abstract class WorkItemsContract {
    private static final String CHANGELOG = "db/catalogue-with-workflow.xml";
    private static final String FOOD = "370102-SJJ-XK-001";

    final TestJurisdictions jurisdictions = new TestJurisdictions();
    final FakeAccessControl access = new FakeAccessControl(jurisdictions);
    final RecordingAuditLog audit = new RecordingAuditLog();
    TestDatabase db;
    JdbcCatalogueEditing editing;
    CatalogueWorkItems source;

    abstract TestDatabase open(String changelog);

    @BeforeEach
    void openCatalogue() {
        db = open(CHANGELOG);
        editing = new JdbcCatalogueEditing(
                db,
                access,
                audit,
                jurisdictions,
                (topic, aggregate, payload) -> {},
                new JdbcWorkflows(db, access, audit, (topic, aggregate, payload) -> {}));
        source = new CatalogueWorkItems(editing, access);
        asCityPublisher();
        editing.saveDepartment(Samples.CITY_MARKET);
        editing.saveDepartment(Samples.LIXIA_MARKET);
    }

    @AfterEach
    void closeCatalogue() {
        db.close();
    }

    /** The sample food licence without its blank form, whose attachment is not stored here. */
    private static Matter food() {
        return Samples.foodLicence().toBuilder()
                .materials(List.of(new Material("营业执照", true, false, 0, 1, "纸质", "营业执照", null, null, null)))
                .build();
    }

    private void asLixiaEditor() {
        access.actAs("lixia.clerk", Jinan.LIXIA, READ, EDIT);
    }

    private void asOtherLixiaEditor() {
        access.actAs("lixia.other", Jinan.LIXIA, READ, EDIT);
    }

    private void asCityPublisher() {
        access.actAs("city.publisher", Jinan.JINAN, READ, EDIT, PUBLISH);
    }

    /** A draft of the food licence by the Lixia editor, submitted and sent back by the city with a reason. */
    private void sentBack(String reason) {
        asLixiaEditor();
        editing.saveDraft(food(), "新建");
        editing.submit(FOOD, null);
        asCityPublisher();
        editing.sendBack(FOOD, reason);
    }

    @Test
    void theAuthorSeesTheirSentBackDraftWithThePublishersReasonOneClickFromTheEditor() {
        sentBack("材料清单缺少营业执照，请补充");

        asLixiaEditor();
        List<WorkItem> items = source.items();

        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.titleKey()).isEqualTo("catalogue.console.work.sentBack");
            assertThat(item.titleArgs()).containsExactly(food().name());
            assertThat(item.link()).isEqualTo("console/catalogue/" + FOOD);
            assertThat(item.reason()).isEqualTo("材料清单缺少营业执照，请补充");
            assertThat(item.count()).isEqualTo(1);
            assertThat(item.urgency()).isEqualTo(WorkUrgency.NORMAL);
        });
        asOtherLixiaEditor();
        assertThat(source.items())
                .as("another editor of the district did not write it")
                .isEmpty();
    }

    @Test
    void aSentBackDraftLeavesTheListOnceResubmitted() {
        sentBack("办理时限写错");
        asLixiaEditor();
        editing.submit(FOOD, "已改正");

        assertThat(source.items()).isEmpty();
    }

    @Test
    void aSentBackDraftStaysOnTheListWhileItsCorrectionsAreSaved() {
        sentBack("承诺时限写错");
        asLixiaEditor();
        editing.saveDraft(food().toBuilder().name("食品经营许可（新办，已改正）").build(), "改正");

        assertThat(source.items())
                .extracting(WorkItem::titleKey, WorkItem::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("catalogue.console.work.sentBack", "承诺时限写错"));
    }

    @Test
    void aRecalledSubmissionIsNoSendBack() {
        asLixiaEditor();
        editing.saveDraft(food(), "新建");
        editing.submit(FOOD, null);
        editing.recall(FOOD, "再改一处");

        assertThat(source.items()).isEmpty();
    }

    @Test
    void thePublisherSeesTheGuidesWaitingForReview() {
        asLixiaEditor();
        editing.saveDraft(food(), "新建");
        assertThat(source.items())
                .as("a draft not yet submitted waits for nobody")
                .isEmpty();
        editing.submit(FOOD, null);

        asCityPublisher();
        assertThat(source.items())
                .extracting(WorkItem::titleKey, WorkItem::count, WorkItem::link)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "catalogue.console.work.toReview", 1L, "console/catalogue"));

        access.actAs("reader", Jinan.JINAN, READ);
        assertThat(source.items()).as("a reader neither edits nor reviews").isEmpty();
        access.logOut();
        assertThat(source.items()).as("nobody signed in").isEmpty();
    }
}
