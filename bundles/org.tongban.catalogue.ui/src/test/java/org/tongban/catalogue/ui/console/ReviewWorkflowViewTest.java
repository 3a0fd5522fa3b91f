package org.tongban.catalogue.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongban.catalogue.FieldDifference;
import org.tongban.catalogue.GuideStatus;
import org.tongban.catalogue.ValidationError;
import org.tongban.catalogue.ui.fixtures.Samples;
import org.tongban.catalogue.ui.fixtures.Views;
import org.tongban.testing.FakeAccessControl;

/**
 * The editor as the review screen, with the console's real Chinese texts: a draft sent back, a guide under review,
 * what the reviewer compares, and how the editor tells how an action went.
 */
class ReviewWorkflowViewTest extends ConsoleTestSupport {
    private static final String CODE = "370102-SJJ-XK-001";

    ReviewWorkflowViewTest() {
        super("i18n/catalogue-ui");
    }

    private MatterEditorView editor(FakeEditing editing, FakeAccessControl access) {
        MatterEditorView view = new MatterEditorView(services(editing, access));
        ui.removeAll();
        ui.add(view);
        view.open(CODE);
        return view;
    }

    private static boolean has(Component view, String id) {
        return byId(view, Button.class, id).isPresent();
    }

    private static void click(Component view, String id) {
        byId(view, Button.class, id).orElseThrow().click();
    }

    private static String state(MatterEditorView view) {
        return byId(view, Span.class, "catalogue-state").orElseThrow().getText();
    }

    private static EditorMessage message(MatterEditorView view) {
        return all(view, EditorMessage.class).getFirst();
    }

    private static void asLixiaClerk(FakeAccessControl access) {
        access.actAs("lixia.clerk", "370102", "catalogue:read", "catalogue:edit");
    }

    private static void asCityClerk(FakeAccessControl access) {
        access.actAs("city.clerk", "370100", "catalogue:read", "catalogue:edit", "catalogue:publish");
    }

    /** The Lixia clerk's draft, submitted by them and sent back by the city with this reason. */
    private FakeEditing sentBack(FakeAccessControl access, String reason) {
        FakeEditing editing = new FakeEditing(access).with(Samples.foodLicence(), GuideStatus.PUBLISHED);
        asLixiaClerk(access);
        MatterEditorView view = editor(editing, access);
        byId(view, IntegerField.class, "catalogue-promised-limit").orElseThrow().setValue(4);
        click(view, "catalogue-save");
        click(view, "catalogue-submit");
        asCityClerk(access);
        editing.sendBack(CODE, reason);
        return editing;
    }

    @Test
    void aDraftSentBackShowsTheReasonAtTheTopUntilItIsSubmittedAgain() {
        FakeAccessControl access = lixiaEditor();
        FakeEditing editing = sentBack(access, "承诺时限缺少依据 <b>请补充</b>");
        asLixiaClerk(access);

        MatterEditorView view = editor(editing, access);

        assertThat(state(view)).startsWith("状态：已退回 · 第 2 版");
        assertThat(text(byId(view, Component.class, "catalogue-returned").orElseThrow()))
                .contains("已退回")
                .contains("退回原因：")
                .contains("city.clerk 于");
        Span reason = byId(view, Span.class, "catalogue-returned-reason").orElseThrow();
        assertThat(reason.getText()).isEqualTo("承诺时限缺少依据 <b>请补充</b>");
        Views.assertOnlyText(reason);
        List<Component> top = view.getChildren().toList();
        assertThat(top.indexOf(byId(view, Component.class, "catalogue-returned")
                        .orElseThrow()
                        .getParent()
                        .orElseThrow()))
                .as("the reason comes before the buttons and the form")
                .isLessThan(top.indexOf(byId(view, TextField.class, "catalogue-comment")
                        .orElseThrow()
                        .getParent()
                        .orElseThrow()));

        // Correcting makes a new version; the publisher's reason stays until the guide is submitted again.
        byId(view, IntegerField.class, "catalogue-promised-limit").orElseThrow().setValue(3);
        click(view, "catalogue-save");
        assertThat(state(view)).startsWith("状态：已退回 · 第 3 版");
        assertThat(byId(view, Span.class, "catalogue-returned-reason")).isPresent();

        click(view, "catalogue-submit");
        assertThat(state(view)).startsWith("状态：待审核 · 第 3 版");
        assertThat(byId(view, Component.class, "catalogue-returned")).isEmpty();
    }

    @Test
    void theAuthorCannotEditAGuideUnderReviewButRecallsItAndEditsAgain() {
        FakeAccessControl clerk = lixiaEditor();
        FakeEditing editing = new FakeEditing(clerk).with(Samples.foodLicence(), GuideStatus.DRAFT);
        MatterEditorView view = editor(editing, clerk);
        click(view, "catalogue-submit");

        TextField name = byId(view, TextField.class, "catalogue-name").orElseThrow();
        assertThat(name.isReadOnly()).isTrue();
        assertThat(has(view, "catalogue-save")).isFalse();
        assertThat(has(view, "catalogue-submit")).isFalse();
        assertThat(shown(byId(view, Button.class, "catalogue-materials-add").orElseThrow()))
                .isFalse();
        assertThat(byId(view, Button.class, "catalogue-recall").orElseThrow().getText())
                .isEqualTo("撤回提交");
        assertThat(byId(view, Paragraph.class, "catalogue-review-note")
                        .orElseThrow()
                        .getText())
                .contains("不能修改")
                .contains("撤回提交");

        click(view, "catalogue-recall");

        assertThat(editing.latest(CODE).orElseThrow().version().status()).isEqualTo(GuideStatus.DRAFT);
        assertThat(editing.events(CODE).getLast().action()).isEqualTo(org.tongban.catalogue.GuideAction.RECALLED);
        assertThat(message(view).kind()).isEqualTo(EditorMessage.Kind.SUCCESS);
        assertThat(message(view).text()).isEqualTo("已撤回提交，可以继续修改");
        TextField editable = byId(view, TextField.class, "catalogue-name").orElseThrow();
        assertThat(editable.isReadOnly()).isFalse();
        assertThat(has(view, "catalogue-save")).isTrue();
        assertThat(has(view, "catalogue-recall")).isFalse();
        assertThat(byId(view, Paragraph.class, "catalogue-review-note")).isEmpty();
    }

    @Test
    void anotherEditorOfTheDistrictMayNeitherEditNorRecallWhatSomeoneElseSubmitted() {
        FakeAccessControl access = lixiaEditor();
        FakeEditing editing = new FakeEditing(access).with(Samples.foodLicence(), GuideStatus.DRAFT);
        editing.submit(CODE, null);
        access.actAs("lixia.other", "370102", "catalogue:read", "catalogue:edit");

        MatterEditorView view = editor(editing, access);

        assertThat(byId(view, TextField.class, "catalogue-name").orElseThrow().isReadOnly())
                .isTrue();
        assertThat(has(view, "catalogue-recall")).isFalse();
        assertThat(has(view, "catalogue-save")).isFalse();
        assertThat(byId(view, Paragraph.class, "catalogue-review-note")
                        .orElseThrow()
                        .getText())
                .contains("正在审核中")
                .doesNotContain("撤回提交");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theReviewerSeesWhatTheGuideUnderReviewChangesAgainstThePublishedOne() {
        FakeAccessControl access = lixiaEditor();
        FakeEditing editing = new FakeEditing(access).with(Samples.foodLicence(), GuideStatus.PUBLISHED);
        List<org.tongban.catalogue.Material> materials = Samples.foodLicence().materials();
        editing.saveDraft(
                Samples.foodLicence().toBuilder()
                        .materials(materials.subList(1, materials.size()))
                        .limits(org.tongban.catalogue.GuideLimits.workingDays(20, 3))
                        .build(),
                "删减材料，压缩时限");
        editing.submit(CODE, null);
        asCityClerk(access);

        MatterEditorView view = editor(editing, access);

        ReviewDifferences review = all(view, ReviewDifferences.class).getFirst();
        assertThat(review.summary.getText()).isEqualTo("待审核的第 2 版与已发布的第 1 版相比有 2 处差异：");
        Grid<FieldDifference> grid =
                byId(view, Grid.class, "catalogue-review-differences").orElseThrow();
        assertThat(grid.getListDataView().getItems())
                .extracting(FieldDifference::field, d -> ReviewDifferences.Change.of(d))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("承诺时限", ReviewDifferences.Change.CHANGED),
                        org.assertj.core.groups.Tuple.tuple("材料「食品经营许可申请书」", ReviewDifferences.Change.REMOVED));
        assertThat(grid.getColumns())
                .extracting(c -> c.getHeaderText())
                .containsExactly("字段", "变化", "已发布（第 1 版）", "待审核（第 2 版）");
        assertThat(has(view, "catalogue-publish")).isTrue();
        assertThat(has(view, "catalogue-send-back")).isTrue();
    }

    @Test
    void aFirstSubmissionTellsTheReviewerThatEverythingIsNew() {
        FakeAccessControl access = lixiaEditor();
        FakeEditing editing = new FakeEditing(access).with(Samples.foodLicence(), GuideStatus.DRAFT);
        editing.submit(CODE, null);
        asCityClerk(access);

        MatterEditorView view = editor(editing, access);

        assertThat(all(view, ReviewDifferences.class).getFirst().summary.getText())
                .isEqualTo("尚无已发布版本：第 1 版将首次发布，请审核全部内容。");
        assertThat(byId(view, Grid.class, "catalogue-review-differences")).isEmpty();
    }

    @Test
    void changesAreAddedRemovedOrChangedInWords() {
        assertThat(ReviewDifferences.Change.of(new FieldDifference("材料「健康证明」", "", "必要")))
                .isEqualTo(ReviewDifferences.Change.ADDED);
        assertThat(ReviewDifferences.Change.of(new FieldDifference("材料「健康证明」", "必要", "")))
                .isEqualTo(ReviewDifferences.Change.REMOVED);
        assertThat(ReviewDifferences.Change.of(new FieldDifference("承诺时限", "5 个工作日", "3 个工作日")))
                .isEqualTo(ReviewDifferences.Change.CHANGED);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anErrorIsShownInThePageAboveItsListAndTheNextSuccessClearsIt() {
        FakeAccessControl clerk = lixiaEditor();
        FakeEditing editing = new FakeEditing(clerk).with(Samples.foodLicence(), GuideStatus.DRAFT);
        MatterEditorView view = editor(editing, clerk);
        TextField name = byId(view, TextField.class, "catalogue-name").orElseThrow();
        Grid<ValidationError> errors =
                byId(view, Grid.class, "catalogue-errors").orElseThrow();

        name.setValue("");
        click(view, "catalogue-save");
        roundTrip();

        EditorMessage message = message(view);
        assertThat(message.kind()).isEqualTo(EditorMessage.Kind.ERROR);
        assertThat(message.text()).isEqualTo("有 1 处内容不符合要求，请按错误列表修改。");
        assertThat(message.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(errors.isVisible()).isTrue();
        List<Component> top = view.getChildren().toList();
        assertThat(top.indexOf(message))
                .as("in the page, right above the list it points to, not floating over it")
                .isEqualTo(top.indexOf(errors) - 1);
        assertThat(all(ui, Notification.class)).isEmpty();

        name.setValue("食品经营许可（新办）");
        byId(view, IntegerField.class, "catalogue-promised-limit").orElseThrow().setValue(4);
        click(view, "catalogue-save");

        assertThat(message.kind()).isEqualTo(EditorMessage.Kind.SUCCESS);
        assertThat(message.text()).isEqualTo("已保存为草稿（第 2 版）");
        assertThat(message.getElement().getAttribute("role")).isEqualTo("status");
        assertThat(errors.isVisible()).isFalse();
        assertThat(byId(view, TextField.class, "catalogue-name").orElseThrow().isInvalid())
                .isFalse();
    }

    @Test
    void publishingIsConfirmedAsAnOrdinaryStepAndTakingOfflineAsADangerousOne() {
        FakeAccessControl publisher = cityPublisher();
        FakeEditing editing = new FakeEditing(publisher).with(Samples.foodLicence(), GuideStatus.REVIEW);
        MatterEditorView view = editor(editing, publisher);

        click(view, "catalogue-publish");
        roundTrip();
        ConfirmDialog publish = all(ui, ConfirmDialog.class).getLast();
        assertThat(publish.getElement().getProperty("confirmTheme")).isEqualTo("primary");
        ComponentUtil.fireEvent(publish, new ConfirmDialog.ConfirmEvent(publish, false));
        assertThat(editing.latest(CODE).orElseThrow().version().status()).isEqualTo(GuideStatus.PUBLISHED);

        Button withdraw = byId(view, Button.class, "catalogue-withdraw").orElseThrow();
        Component group =
                byId(view, Component.class, "catalogue-withdraw-group").orElseThrow();
        assertThat(withdraw.getParent()).contains(group);
        assertThat(withdraw.getText()).isEqualTo("撤回发布");
        assertThat(text(group)).contains("门户上的指南");
        assertThat(group.getElement().getAttribute("role")).isEqualTo("group");
        assertThat(withdraw.getThemeNames()).contains("error");

        withdraw.click();
        roundTrip();
        FormDialog reason = all(ui, FormDialog.class).getLast();
        byId(reason, TextArea.class, "catalogue-reason").orElseThrow().setValue("事项已取消");
        footerButton(reason, "catalogue-dialog-ok").click();
        roundTrip();
        assertThat(editing.latest(CODE).orElseThrow().version().status())
                .as("not before the confirmation")
                .isEqualTo(GuideStatus.PUBLISHED);
        ConfirmDialog confirm = all(ui, ConfirmDialog.class).getLast();
        assertThat(confirm.getElement().getProperty("confirmTheme")).isEqualTo("error primary");
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, false));

        assertThat(editing.latest(CODE).orElseThrow().version().status()).isEqualTo(GuideStatus.WITHDRAWN);
        assertThat(message(view).text()).isEqualTo("已撤回发布，门户不再显示此事项");
    }
}
