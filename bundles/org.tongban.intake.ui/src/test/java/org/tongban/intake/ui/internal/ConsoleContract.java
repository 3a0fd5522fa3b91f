package org.tongban.intake.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.intake.ui.internal.DeskCatalogue.CERTIFICATE;
import static org.tongban.intake.ui.internal.DeskCatalogue.FLOOR_PLAN;
import static org.tongban.intake.ui.internal.DeskCatalogue.FOOD_LICENCE;
import static org.tongban.intake.ui.internal.DeskCatalogue.HEALTH;
import static org.tongban.intake.ui.internal.DeskCatalogue.MARKET;

import com.vaadin.flow.component.button.Button;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.tongban.intake.ApplicantKind;
import org.tongban.intake.ChecklistItem;
import org.tongban.intake.IntakeCase;
import org.tongban.intake.MaterialState;
import org.tongban.platform.ui.ReasonDialog;

/** The console's pages on intake's real services: what the clerks see and what their clicks write. */
abstract class ConsoleContract extends ConsoleTestBase {

    @Test
    void aWindowClerkReceivesUnderToleranceOnceHoweverOftenSubmitIsPressedAndTheReviewerApprovesIt() {
        WindowDeskView desk = desk();
        assertThat(desk.progressText()).isEqualTo("第 1 步，共 5 步：选择事项");
        desk.nextButton().click();
        assertThat(desk.current()).as("no matter chosen").isZero();

        walkToChecklist(desk, FOOD_LICENCE, "no");
        assertThat(desk.progressText()).isEqualTo("第 4 步，共 5 步：材料核验");
        assertThat(desk.checklistStep().materials())
                .as("the situation excludes the health certificate")
                .containsEntry(HEALTH, MaterialState.NOT_NEEDED);
        desk.checklistStep().set(FLOOR_PLAN, MaterialState.TOLERATED);
        desk.nextButton().click();
        assertThat(desk.decisionStep().decision.getListDataView().getItems())
                .containsExactly(Decision.TOLERANT, Decision.SUPPLEMENT, Decision.REJECT, Decision.RECEIVE_ONLY);
        assertThat(desk.decisionStep().decision.getValue()).isEqualTo(Decision.TOLERANT);

        desk.submit();
        desk.submit();

        assertThat(f.db.count("intake_case")).isOne();
        IntakeCase received = onlyCase();
        assertThat(received.state()).isEqualTo("ACCEPTED");
        assertThat(received.answers()).containsEntry("staff", "no");
        assertThat(received.resultHeld()).isTrue();
        assertThat(text(desk.result())).contains("已生成办件 " + received.number(), "已受理");

        f.asReviewer();
        CasePage page = page(received.number());
        assertThat(stepButtons(page)).contains("认领");
        assertThat(text(page)).contains("容缺材料未补齐，结果暂缓出件", "正常 · 剩余 10 个工作日");
        assertThat(checklist(page))
                .extracting(ChecklistItem::name, ChecklistItem::state)
                .contains(org.assertj.core.groups.Tuple.tuple(FLOOR_PLAN, MaterialState.TOLERATED));
        button(page, "intake-step-claim").click();
        page.start("approve");
        roundTrip();
        ReasonDialog dialog = all(ui, ReasonDialog.class).getFirst();
        dialog.reasonField().setValue("符合食品经营许可条件");
        dialog.confirm();

        assertThat(page.shown().intakeCase().state()).isEqualTo("APPROVED");
        assertThat(text(page)).contains("准予许可", "符合食品经营许可条件", "lixia.reviewer");
    }

    @Test
    void theDesksScanBecomesAFileOfTheCaseThatItsClerksDownloadAsAnAttachment() {
        byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        WindowDeskView desk = desk();
        walkToChecklist(desk, FOOD_LICENCE, "no");
        desk.checklistStep().scan(DeskCatalogue.FORM, "申请书.pdf", pdf, new com.vaadin.flow.component.html.Span());
        desk.nextButton().click();
        desk.submit();

        IntakeCase received = onlyCase();
        CasePage page = page(received.number());
        com.vaadin.flow.component.html.Div files = byId(
                        page, com.vaadin.flow.component.html.Div.class, "intake-case-files")
                .orElseThrow();
        assertThat(text(files)).contains("材料文件", DeskCatalogue.FORM + "：申请书.pdf（", "窗口扫描");
        assertThat(all(files, com.vaadin.flow.component.html.Anchor.class))
                .singleElement()
                .satisfies(
                        a -> assertThat(a.getElement().hasAttribute("download")).isTrue());
        long fileId = f.service.list(received.number()).getFirst().fileId();
        assertThat(f.service.download(received.number(), fileId).content()).isEqualTo(pdf);
    }

    @Test
    void theApplicantStepSaysAtOnceWhichCheckCharacterIsWrong() {
        WindowDeskView desk = desk();
        desk.matterStep().choose(FOOD_LICENCE);
        desk.nextButton().click();
        desk.situationStep().questionFields().getFirst().setValue(option("yes"));
        desk.nextButton().click();
        ApplicantStep applicant = desk.applicantStep();

        applicant.name.setValue("李明");
        applicant.identifier.setValue("370102199003071239");
        assertThat(applicant.identifier.isInvalid()).isTrue();
        assertThat(applicant.identifier.getErrorMessage()).isEqualTo("身份证号码校验位不符（GB 11643），请核对：370102199003071239");
        applicant.kind.setValue(ApplicantKind.LEGAL_PERSON);
        applicant.identifier.setValue("91370102MA3C4K5L68");
        assertThat(applicant.identifier.getErrorMessage()).isEqualTo("统一社会信用代码校验位不符（GB 32100），请核对：91370102MA3C4K5L68");
        desk.nextButton().click();
        assertThat(desk.current()).isEqualTo(2);

        applicant.identifier.setValue(COMPANY_CODE);
        assertThat(applicant.identifier.isInvalid()).isFalse();
        desk.nextButton().click();
        assertThat(desk.current()).isEqualTo(3);
    }

    @Test
    void aMissingMaterialLeadsToOneNoticeListingItAndTheWindowAcceptsOnceItArrives() {
        WindowDeskView desk = desk();
        walkToChecklist(desk, FOOD_LICENCE, "yes");
        desk.checklistStep().set(FLOOR_PLAN, MaterialState.MISSING);
        desk.nextButton().click();
        assertThat(desk.decisionStep().decision.getListDataView().getItems())
                .containsExactly(Decision.SUPPLEMENT, Decision.REJECT, Decision.RECEIVE_ONLY);
        assertThat(desk.decisionStep().items.getValue()).isEqualTo(FLOOR_PLAN);
        desk.decisionStep().items.setValue(FLOOR_PLAN + "\n申请书缺法定代表人签字");

        desk.submit();

        IntakeCase notified = onlyCase();
        assertThat(notified.state()).isEqualTo("SUPPLEMENT");
        CasePage page = page(notified.number());
        assertThat(text(page)).contains("补正告知内容", FLOOR_PLAN, "申请书缺法定代表人签字");
        button(page, "intake-step-supplement").click();
        button(page, "intake-step-accept").click();
        assertThat(page.shown().intakeCase().state()).isEqualTo("ACCEPTED");
    }

    @Test
    void anInstantMatterIsCompletedAtTheDesk() {
        f.holds("370102199003071238", "李明", DeskCatalogue.ID_CARD);
        f.asWindowClerk();
        WindowDeskView desk = desk();
        desk.matterStep().choose(CERTIFICATE);
        desk.nextButton().click();
        assertThat(text(desk)).contains("本事项没有情形引导问题");
        desk.nextButton().click();
        desk.applicantStep().name.setValue("李明");
        desk.applicantStep().identifier.setValue("370102199003071238");
        desk.nextButton().click();
        desk.checklistStep().set(DeskCatalogue.ID_CARD, MaterialState.REUSED);
        desk.nextButton().click();
        assertThat(desk.decisionStep().decision.getListDataView().getItems()).containsExactly(Decision.INSTANT);

        desk.submit();

        assertThat(onlyCase().state()).isEqualTo("COMPLETED");
    }

    @Test
    void aStepOnACaseSomeoneElseChangedShowsAConflictAndReloadShowsTheirStep() {
        IntakeCase accepted = acceptedCase();
        f.asReviewer();
        CasePage page = page(accepted.number());
        f.service.claim(accepted.number(), accepted.version());

        button(page, "intake-step-claim").click();

        assertThat(page.conflictShown()).isTrue();
        assertThat(text(page)).contains("该办件已被他人处理，您看到的内容已过时。请重新加载后再操作。");
        button(page, "intake-reload").click();
        assertThat(page.conflictShown()).isFalse();
        assertThat(page.shown().intakeCase().state()).isEqualTo("REVIEW");
        assertThat(page.shown().intakeCase().assignee()).isEqualTo("lixia.reviewer");
    }

    @Test
    void identifiersAreMaskedAndOnlyTheLeadRevealsThemWithAnAuditEntry() {
        IntakeCase accepted = acceptedCase();
        f.asReviewer();
        CasePage reviewerPage = page(accepted.number());
        assertThat(text(reviewerPage)).contains("9137**********5L67").doesNotContain(COMPANY_CODE);
        assertThat(byId(reviewerPage, Button.class, "intake-reveal")).isEmpty();

        f.asLead();
        f.audit.clear();
        CasePage leadPage = page(accepted.number());
        button(leadPage, "intake-reveal").click();

        assertThat(text(leadPage)).contains(COMPANY_CODE);
        assertThat(f.audit.withAction("intake.reveal")).hasSize(1);
    }

    @Test
    void aReviewerClaimsFromTheDepartmentQueueAndFindsTheCaseInHisOwn() {
        IntakeCase accepted = acceptedCase();
        f.asReviewer();
        DepartmentQueueView department = new DepartmentQueueView(f.service, f.queries, f.catalogue, f.access);
        assertThat(department.department().getListDataView().getItems())
                .as("a district reviewer is offered only the queues he may read")
                .containsExactly(MARKET, "370102-MZ");
        department
                .list()
                .restore(com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("department", MARKET)));
        assertThat(department.list().items()).extracting(IntakeCase::number).containsExactly(accepted.number());

        department.claim(department.list().items().getFirst());

        assertThat(department.list().total()).isZero();
        MyQueueView mine = new MyQueueView(f.queries);
        mine.list().refresh();
        assertThat(mine.list().items()).extracting(IntakeCase::number).containsExactly(accepted.number());
    }

    @Test
    void statisticsCountTheMonthAndTheWorkbookHoldsTheSameFigures() throws IOException {
        acceptedCase();
        acceptedCase();
        f.asReviewer();
        StatisticsView view = new StatisticsView(f.queries, f.catalogue, f.jurisdictions, f.access);
        LocalDate today = LocalDate.now(Labels.ZONE);

        view.run();

        assertThat(view.shown().received()).isEqualTo(2);
        assertThat(view.shown().from())
                .isEqualTo(today.withDayOfMonth(1).atStartOfDay(Labels.ZONE).toInstant());
        assertThat(text(view)).contains("济南市历下区市场监督管理局 2", "历下区 2", "食品经营许可（新办） 2");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.grid.Grid<String[]> rates = byId(
                        view, com.vaadin.flow.component.grid.Grid.class, "intake-stats-rates")
                .orElseThrow();
        assertThat(rates.getListDataView().getItems().map(row -> row[0] + " " + row[1]))
                .contains("收件量 2", "即办件占比 0.0%", "承诺时限较法定时限压缩 50.0%（2 件可比）", "补正率 0.0%（0 件）");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(view.workbook()))) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("主要指标");
            assertThat(book.getSheetAt(0).getRow(3).getCell(0).getStringCellValue())
                    .isEqualTo("收件量");
            assertThat(book.getSheetAt(0).getRow(3).getCell(1).getNumericCellValue())
                    .isEqualTo(2.0);
            assertThat(book.getSheet("按承办部门").getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("济南市历下区市场监督管理局");
        }
    }
}
