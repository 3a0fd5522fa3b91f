package org.tongban.keyprojects.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.keyprojects.internal.KeyProjectsFixture.CONSTRUCTION;
import static org.tongban.keyprojects.internal.KeyProjectsFixture.FILING;
import static org.tongban.keyprojects.internal.KeyProjectsFixture.LAND;
import static org.tongban.keyprojects.internal.KeyProjectsFixture.OWNER;
import static org.tongban.keyprojects.internal.KeyProjectsFixture.OWNER_ACCOUNT;

import com.vaadin.flow.component.html.ListItem;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.keyprojects.KeyProject;
import org.tongban.keyprojects.KeyProjects;
import org.tongban.keyprojects.internal.KeyProjectsFixture;
import org.tongban.testing.TestDatabase;
import org.tongban.testing.ui.UiTestSupport;

/** The project page, the editor and the owner's page on the real service (H2), without a browser. */
class KeyProjectViewsTest extends UiTestSupport {
    private KeyProjectsFixture f;
    private KeyProjects projects;
    private KeyProject project;

    KeyProjectViewsTest() {
        super("i18n/keyprojects-ui");
    }

    @BeforeEach
    void project() throws Exception {
        f = new KeyProjectsFixture(TestDatabase.h2(KeyProjectsFixture.CHANGELOG));
        projects = f.service;
        project = f.asEditor().service.create(KeyProjectsFixture.draft("2026-370102-47-01-000009"));
        f.intakeCase("SL370102202612070101", FILING, "LX-FGW", "RECEIVED", OWNER);
        f.intakeCase("SL370102202612070102", LAND, "LX-ZRZY", "RECEIVED", OWNER);
        f.intakeStep("SL370102202612070101", "", "RECEIVED");
        f.intakeStep("SL370102202612070102", "", "RECEIVED");
        f.intakeStep("SL370102202612070101", "RECEIVED", "APPROVED");
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void theProjectPageShowsTheStagePlanWithTwoDepartmentsCasesAndTheirStatus() {
        f.asManager();
        ProjectPageView page = new ProjectPageView(projects, f.time);
        page.open(project.id());
        String text = text(page);
        assertThat(text)
                .contains("济南国际医学科学中心配套项目", "第 1 阶段：立项", "已完成", "第 2 阶段：用地", "按期推进")
                .contains("SL370102202612070101", "承办部门 LX-FGW", "准予许可")
                .contains("SL370102202612070102", "承办部门 LX-ZRZY", "已收件")
                .contains("（按业主单位自动关联）");
        assertThat(all(page, ListItem.class))
                .filteredOn(li -> li.getElement().hasAttribute("data-case"))
                .hasSize(2);
        assertThat(page.caseNumber.isVisible()).as("the manager may link cases").isTrue();
    }

    @Test
    void anUnknownCaseNumberIsRefusedInChineseAndNothingIsLinked() {
        f.asManager();
        ProjectPageView page = new ProjectPageView(projects, f.time);
        page.open(project.id());
        page.caseNumber.setValue("SL-NOT-A-CASE");
        byId(page, com.vaadin.flow.component.button.Button.class, "keyproject-link")
                .orElseThrow()
                .click();
        assertThat(f.db.count("kp_case")).isEqualTo(2);
    }

    @Test
    void anotherDistrictOpeningTheProjectByAddressIsRefusedWithoutThePlan() {
        f.asShizhong();
        ProjectPageView page = new ProjectPageView(projects, f.time);
        page.open(project.id());
        assertThat(text(page)).contains("无权").doesNotContain("立项");
    }

    @Test
    void theEditorRefusesAForgedCreditCodeAndSavesAGoodProject() {
        f.asEditor();
        ProjectEditView editor = new ProjectEditView(projects, f.access, f.jurisdictions, staff());
        editor.code.setValue("2026-370102-47-01-000010");
        editor.name.setValue("历下区新材料产业园");
        editor.ownerName.setValue("济南某某建设发展有限公司");
        editor.ownerCode.setValue(OWNER.substring(0, 17) + (OWNER.charAt(17) == '0' ? "1" : "0"));
        editor.manager.setValue("lx.manager");
        editor.rows.clear();
        editor.stages.removeAll();
        editor.addStage("施工许可", List.of(CONSTRUCTION), LocalDate.of(2027, 3, 1));
        editor.save();
        assertThat(f.db.count("kp_project")).isEqualTo(1);
        editor.ownerCode.setValue(OWNER);
        editor.save();
        assertThat(f.db.count("kp_project")).isEqualTo(2);
    }

    @Test
    void theOwnerEnterpriseSeesProgressPerStage() {
        f.access.logOut();
        MyProjectsView mine = new MyProjectsView(f.service);
        mine.show(OWNER_ACCOUNT);
        assertThat(text(mine)).contains("济南国际医学科学中心配套项目", "立项", "已完成", "用地", "已收件");
        mine.show(99);
        assertThat(text(mine)).contains("暂无列入绿色通道的重点项目");
    }

    @Test
    void theManagersToDoListCountsTheirLateAndAtRiskProjects() {
        f.asManager();
        KeyProjectWorkItems source = new KeyProjectWorkItems(projects, f.access);
        assertThat(source.items()).isEmpty();
        f.time.set("2027-01-12T09:00");
        assertThat(source.items()).singleElement().satisfies(i -> assertThat(i.titleKey())
                .isEqualTo("keyprojects.ui.work.atRisk"));
        f.time.set("2027-01-16T09:00");
        assertThat(source.items()).singleElement().satisfies(i -> {
            assertThat(i.titleKey()).isEqualTo("keyprojects.ui.work.late");
            assertThat(i.link()).isEqualTo("console/keyprojects?mine=1");
        });
        f.access.actAs("lx.clerk", "370102", "intake:read");
        assertThat(source.items()).as("without keyprojects:read").isEmpty();
    }

    private org.tongban.platform.api.security.StaffDirectory staff() {
        return new org.tongban.platform.api.security.StaffDirectory() {
            @Override
            public List<org.tongban.platform.api.security.StaffMember> holding(String permission, String j) {
                return List.of(new org.tongban.platform.api.security.StaffMember("lx.manager", "王管家", j));
            }

            @Override
            public boolean holds(String username, String permission, String j) {
                return true;
            }
        };
    }
}
