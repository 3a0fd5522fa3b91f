package org.tongban.evaluation.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.evaluation.Dimension;
import org.tongban.evaluation.Level;
import org.tongban.evaluation.NewRating;
import org.tongban.evaluation.RatingState;
import org.tongban.evaluation.RectificationStates;
import org.tongban.evaluation.Verdict;
import org.tongban.evaluation.internal.EvaluationFixture;
import org.tongban.platform.ui.ReasonDialog;
import org.tongban.testing.Jinan;
import org.tongban.testing.TestDatabase;
import org.tongban.testing.ui.UiTestSupport;

/** The evaluation's console and tablet pages on its real services: what units, the office and citizens see and do. */
abstract class ConsoleContract extends UiTestSupport {
    EvaluationFixture f;

    ConsoleContract() {
        super("i18n/evaluation-ui", "i18n/evaluation-messages", "i18n/tongban-ui");
    }

    abstract TestDatabase open();

    @BeforeEach
    void openFixture() {
        f = new EvaluationFixture(open());
    }

    @AfterEach
    void closeFixture() {
        f.close();
    }

    private void badReview() {
        f.service.rateCase(
                1,
                EvaluationFixture.DONE,
                new NewRating(
                        Map.of(Dimension.OVERALL, Level.VERY_DISSATISFIED), "<script>alert(1)</script>", false, null));
    }

    @Test
    void aBadReviewIsClosedOutThroughTheQueueDialogs() {
        badReview();
        f.asUnit();
        QueueView unit = new QueueView(f.service, f.access);
        assertThat(text(unit.tasks)).contains("待核实", "<script>alert(1)</script>", "实名差评，须回访");
        long id = f.service.rectifications(Jinan.LIXIA, true).getFirst().id();

        byId(unit, Button.class, "evaluation-verify-" + id).orElseThrow().click();
        roundTrip();
        VerifyDialog verify = all(ui, VerifyDialog.class).getFirst();
        assertThat(verify.confirm()).as("no verdict, no text").isFalse();
        verify.verdict.setValue(Verdict.JUSTIFIED);
        verify.finding.setValue("告知不到位");
        assertThat(verify.confirm()).isTrue();
        assertThat(text(unit.tasks)).contains("整改中");

        byId(unit, Button.class, "evaluation-report-" + id).orElseThrow().click();
        roundTrip();
        ReasonDialog report = all(ui, ReasonDialog.class).getLast();
        report.reasonField().setValue("已培训窗口人员");
        assertThat(report.confirm()).isTrue();
        byId(unit, Button.class, "evaluation-callback-" + id).orElseThrow().click();
        roundTrip();
        ReasonDialog callback = all(ui, ReasonDialog.class).getLast();
        callback.reasonField().setValue("电话回访，表示认可");
        assertThat(callback.confirm()).isTrue();
        assertThat(byId(unit, Button.class, "evaluation-accept-" + id))
                .as("units do not accept")
                .isEmpty();

        f.asOffice();
        QueueView office = new QueueView(f.service, f.access);
        assertThat(text(office.tasks)).contains("待管理办审核", "已培训窗口人员", "电话回访，表示认可");
        byId(office, Button.class, "evaluation-accept-" + id).orElseThrow().click();
        assertThat(f.service.rectification(id).state()).isEqualTo(RectificationStates.CLOSED);
    }

    @Test
    void theOfficeEntersTheUnitsStaffAndTheBadReviewLeavesOtherClerksQueues() {
        badReview();
        f.asOffice();
        QueueView office = new QueueView(f.service, f.access);
        long id = f.service.rectifications(Jinan.LIXIA, true).getFirst().id();
        byId(office, Button.class, "evaluation-members-" + id).orElseThrow().click();
        roundTrip();
        UnitMembersDialog dialog = all(ui, UnitMembersDialog.class).getLast();
        assertThat(text(dialog.members)).contains("尚未录入人员。");
        dialog.username.setValue("other.clerk");
        byId(dialog, Button.class, "evaluation-members-add").orElseThrow().click();
        assertThat(text(dialog.members)).contains("other.clerk");
        assertThat(f.service.unitMembers(Jinan.LIXIA, EvaluationFixture.DEPT)).containsExactly("other.clerk");

        f.asUnit();
        QueueView unit = new QueueView(f.service, f.access);
        assertThat(text(unit.tasks))
                .as("lx.unit is not of the unit")
                .contains("没有差评整改任务。")
                .doesNotContain("待核实");

        f.asOffice();
        UnitMembersDialog again = new UnitMembersDialog(f.service, Jinan.LIXIA, EvaluationFixture.DEPT);
        ui.add(again);
        all(again, Button.class).stream()
                .filter(b -> "将other.clerk移出该单位".equals(b.getElement().getAttribute("aria-label")))
                .findFirst()
                .orElseThrow()
                .click();
        assertThat(f.service.unitMembers(Jinan.LIXIA, EvaluationFixture.DEPT)).isEmpty();
        f.asUnit();
        assertThat(text(new QueueView(f.service, f.access).tasks)).contains("待核实");
    }

    @Test
    void theReviewerIsShownOnlyWithThePermissionAndTheCommentAsText() {
        badReview();
        f.asUnit();
        RatingsView unit = new RatingsView(f.service, f.access);
        assertThat(unit.table.rows().get(1)).contains("<script>alert(1)</script>", "非常不满意");
        long id = f.service.ratings(Jinan.LIXIA, null, false, 10).getFirst().id();
        assertThat(unit.showReviewer(
                        f.service.ratings(Jinan.LIXIA, null, false, 10).getFirst()))
                .as("refused")
                .isNull();
        assertThat(f.audit.withAction("evaluation.reviewer")).isEmpty();

        f.asInspector();
        RatingsView inspector = new RatingsView(f.service, f.access);
        byId(inspector, Button.class, "evaluation-reviewer-" + id).orElseThrow().click();
        roundTrip();
        assertThat(all(ui, Paragraph.class).stream().map(Paragraph::getText))
                .anySatisfy(t -> assertThat(t).contains("公众账户：1", "审计"));
        assertThat(f.audit.withAction("evaluation.reviewer")).hasSize(1);
    }

    @Test
    void theStatisticsShowTheRateAgainstTheGoalAndExportAWorkbook() throws Exception {
        f.caseCompleted(EvaluationFixture.DONE);
        f.visitFinished("V-1", "A03", "clerk.wang");
        badReview();
        f.asOffice();
        StatisticsView view = new StatisticsView(f.service, f.access);
        view.from.setValue(LocalDate.of(2026, 3, 1));
        view.to.setValue(LocalDate.of(2026, 3, 31));
        view.run();
        assertThat(text(view.results)).contains("主动评价率 50%，达到目标 40%", "差评 1 件");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(view.workbook()))) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("汇总");
            assertThat(book.getSheet("按部门/大厅") == null ? book.getNumberOfSheets() : 7)
                    .isEqualTo(7);
        }
    }

    @Test
    void aTabletIsBoundInTheConsoleAndTheCitizenRatesOnItWithoutSigningIn() {
        f.asOffice();
        TabletsView tablets = new TabletsView(f.service, f.access);
        tablets.hall.setValue("LX-HALL");
        tablets.window.setValue("A03");
        String token = tablets.issue();
        assertThat(text(tablets.issued)).contains("/rate/" + token);

        f.visitFinished("V-9", "A03", "clerk.wang");
        f.access.logOut();
        RateView page = new RateView(f.service, code -> "名称：" + code);
        page.open(token);
        assertThat(text(page.content))
                .contains("A03 号窗口", "名称：M-1", "工作人员看不到您的评价")
                .doesNotContain("clerk.wang");
        assertThat(page.submit()).as("the overall level first").isFalse();
        assertThat(page.submit()).isFalse();
        assertThat(all(page.content, Paragraph.class).stream()
                        .filter(p -> "alert".equals(p.getElement().getAttribute("role"))))
                .as("one hint, announced to screen readers")
                .singleElement()
                .satisfies(p -> assertThat(p.getText()).isEqualTo("请先选择总体评价。"));
        assertThat(all(page.content, Div.class).stream()
                        .filter(d -> "group".equals(d.getElement().getAttribute("role"))))
                .extracting(d -> d.getElement().getAttribute("aria-label"))
                .containsExactly("总体评价", "办事效率", "业务能力", "服务态度");
        byId(page, Button.class, "evaluation-rate-OVERALL-SATISFIED")
                .orElseThrow()
                .click();
        byId(page, Button.class, "evaluation-rate-ATTITUDE-VERY_SATISFIED")
                .orElseThrow()
                .click();
        assertThat(page.submit()).isTrue();
        assertThat(text(page.content)).contains("感谢您的评价");

        f.asOffice();
        assertThat(f.service.ratings(Jinan.LIXIA, null, false, 10).getFirst().state())
                .isEqualTo(RatingState.RATED);

        RateView forged = new RateView(f.service);
        forged.open("forged-token-aaaaaaaaaaaaaaaaaaaa");
        assertThat(text(forged.content)).contains("评价器不可用", "此评价器未经授权或授权已失效");
    }
}
