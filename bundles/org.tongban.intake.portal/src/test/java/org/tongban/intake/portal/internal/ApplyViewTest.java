package org.tongban.intake.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.intake.portal.internal.PortalCatalogue.FOOD;
import static org.tongban.intake.portal.internal.PortalCatalogue.FORM;
import static org.tongban.intake.portal.internal.PortalCatalogue.HEALTH;
import static org.tongban.intake.portal.internal.PortalCatalogue.LICENCE;
import static org.tongban.intake.portal.internal.PortalCatalogue.PLAN;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.Router;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tongban.intake.ApplicationForm;
import org.tongban.intake.DraftSubject;
import org.tongban.intake.MaterialState;
import org.tongban.platform.accounts.PublicAccounts;
import org.tongban.platform.accounts.ui.CitizenSession;
import org.tongban.testing.ui.Routes;
import org.tongban.testing.ui.UiTestSupport;

/**
 * 在线申请 as a citizen sees it: sent to sign in and back, four steps with the step shown, errors next to the field,
 * uploads and the draft kept on every step, a resumed draft, one case for a double click, and a life event's merged
 * list.
 */
class ApplyViewTest extends UiTestSupport {
    static final String COMPANY_CODE = "91370102MA3C4K5L67";

    ApplyViewTest() {
        super("i18n/intake-portal");
    }

    private final FakeIntake intake = new FakeIntake();
    private final PortalCatalogue catalogue = new PortalCatalogue();

    static PublicAccounts accounts() {
        return (PublicAccounts) Proxy.newProxyInstance(
                PublicAccounts.class.getClassLoader(), new Class<?>[] {PublicAccounts.class}, (proxy, method, args) -> {
                    if (method.getName().equals("identifier")) {
                        return (Long) args[0] == FakeIntake.ACCOUNT ? Optional.of(COMPANY_CODE) : Optional.empty();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private BeforeEnterEvent enter(Class<? extends ApplyPage> view, String code) {
        return new BeforeEnterEvent(
                new Router(Routes.registry()),
                NavigationTrigger.PAGE_LOAD,
                new Location("apply/" + code),
                view,
                new RouteParameters(ApplyPage.CODE, code),
                ui,
                List.of());
    }

    private ApplyView signedIn() {
        CitizenSession.signIn(new CitizenSession.Citizen(FakeIntake.ACCOUNT, "济南泉城餐饮管理有限公司"));
        ApplyView view = new ApplyView(intake, catalogue, accounts());
        view.beforeEnter(enter(ApplyView.class, FOOD));
        return view;
    }

    private static void click(ApplyPage view, String id) {
        byId(view, Button.class, id).orElseThrow().click();
    }

    private static String progress(ApplyPage view) {
        return text(byId(view, com.vaadin.flow.component.html.Span.class, "apply-progress")
                .orElseThrow());
    }

    private static byte[] pdf() {
        return "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void aVisitorWhoIsNotSignedInIsSentToSignInAndBroughtBack() {
        CitizenSession.signOut();
        ApplyView view = new ApplyView(intake, catalogue, accounts());
        BeforeEnterEvent event = enter(ApplyView.class, FOOD);

        view.beforeEnter(event);

        assertThat(byId(view, Anchor.class, "sign-in-first").orElseThrow().getHref())
                .isEqualTo("/account/sign-in?next=apply%2F" + FOOD);
        assertThat(text(view)).contains("请先登录，登录后将回到本页继续。");
        assertThat(all(view, RadioButtonGroup.class)).isEmpty();
    }

    @Test
    void theApplicantAnswersTheSituationIsPrefilledAndEachStepSavesTheDraft() {
        ApplyView view = signedIn();
        assertThat(progress(view)).isEqualTo("第 1 步，共 4 步：情形选择");

        click(view, "apply-next");
        RadioButtonGroup<?> question =
                byId(view, RadioButtonGroup.class, "apply-question-0").orElseThrow();
        assertThat(question.isInvalid()).isTrue();
        assertThat(question.getErrorMessage()).isEqualTo("请选择一项");
        assertThat(view.current()).isZero();

        view.situation().answers(Map.of("staff", "no"));
        click(view, "apply-next");
        assertThat(progress(view)).isEqualTo("第 2 步，共 4 步：申请人信息");
        TextField name = byId(view, TextField.class, "apply-name").orElseThrow();
        TextField identifier = byId(view, TextField.class, "apply-identifier").orElseThrow();
        assertThat(name.getLabel()).isEqualTo("申请单位名称");
        assertThat(name.getValue()).isEqualTo("济南泉城餐饮管理有限公司");
        assertThat(identifier.getValue()).isEqualTo(COMPANY_CODE);
        assertThat(identifier.isReadOnly()).isTrue();
        assertThat(identifier.isInvalid()).isFalse();
        assertThat(intake.draft(FakeIntake.ACCOUNT, DraftSubject.matter(FOOD))
                        .orElseThrow()
                        .form()
                        .answers())
                .containsEntry("staff", "no");

        name.setValue(" ");
        click(view, "apply-next");
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("请填写申请人姓名或单位名称");
        assertThat(view.current()).isOne();
    }

    @Test
    void theMaterialsAreProvidedEachTheWayTheCatalogueAllowsAndTheSubmissionIsOneCaseForADoubleClick() {
        ApplyView view = signedIn();
        view.situation().answers(Map.of("staff", "no"));
        click(view, "apply-next");
        click(view, "apply-next");
        assertThat(progress(view)).isEqualTo("第 3 步，共 4 步：申请材料");
        List<MaterialRow> rows = view.materials().rows();
        assertThat(rows).extracting(MaterialRow::name).containsExactly(FORM, LICENCE, PLAN, HEALTH);
        assertThat(rows.get(2).choice().ways()).containsExactly(MaterialState.SUBMITTED_COPY, MaterialState.TOLERATED);
        assertThat(rows.get(1).choice().ways()).containsExactly(MaterialState.SUBMITTED_COPY, MaterialState.REUSED);
        assertThat(rows.get(3).way.getValue()).as("the answer rules it out").isEqualTo(MaterialState.NOT_NEEDED);
        assertThat(rows.get(0).way.getLabel()).isEqualTo("「" + FORM + "」的提交方式");

        click(view, "apply-next");
        assertThat(rows.get(0).way.isInvalid()).isTrue();
        assertThat(rows.get(0).way.getErrorMessage()).isEqualTo("请选择「" + FORM + "」的提交方式");

        rows.get(0).way.setValue(MaterialState.SUBMITTED_COPY);
        rows.get(1).way.setValue(MaterialState.REUSED);
        rows.get(2).way.setValue(MaterialState.TOLERATED);
        click(view, "apply-next");
        assertThat(rows.get(0).way.getErrorMessage()).isEqualTo("「" + FORM + "」选择了上传，请先上传文件");
        assertThat(view.materials().consent.isVisible()).isTrue();
        assertThat(view.materials().consent.isInvalid()).isTrue();
        assertThat(view.materials().pledge.isInvalid()).isTrue();

        view.uploaded(rows.get(0), "申请书.html", "<html>".getBytes(StandardCharsets.UTF_8));
        assertThat(rows.get(0).way.getErrorMessage()).contains("只接受 PDF、JPEG、PNG 或 OFD");
        view.uploaded(rows.get(0), "申请书.pdf", pdf());
        assertThat(text(rows.get(0))).contains("申请书.pdf", "已上传：申请书.pdf");
        view.materials().consent.setValue(true);
        view.materials().pledge.setValue(true);
        click(view, "apply-next");
        assertThat(progress(view)).isEqualTo("第 4 步，共 4 步：确认提交");
        assertThat(text(view)).contains("是否雇用从业人员？：否", FORM + "：上传电子材料（1 个文件）", PLAN + "：容缺受理（承诺后补）");

        Button submit = byId(view, Button.class, "apply-submit").orElseThrow();
        assertThat(submit.isDisableOnClick()).isTrue();
        view.submit();
        view.submit();

        assertThat(intake.byKey).hasSize(1);
        assertThat(text(byId(view, com.vaadin.flow.component.html.Div.class, "apply-result")
                        .orElseThrow()))
                .contains("申请已提交", "办件编号 SL370102202603020001，当前状态：已收件");
        assertThat(all(view, Anchor.class)).extracting(Anchor::getHref).contains("my-cases/SL370102202603020001");
        assertThat(intake.drafts(FakeIntake.ACCOUNT)).isEmpty();
    }

    @Test
    void aSavedDraftResumesAtItsStepWithItsUploads() {
        intake.saveDraft(
                FakeIntake.ACCOUNT,
                new ApplicationForm(
                        DraftSubject.matter(FOOD),
                        "济南泉城餐饮",
                        Map.of("staff", "yes"),
                        Map.of(FORM, MaterialState.SUBMITTED_COPY),
                        false,
                        false,
                        2));
        intake.upload(FakeIntake.ACCOUNT, DraftSubject.matter(FOOD), FORM, "申请书.pdf", pdf());

        ApplyView view = signedIn();

        assertThat(view.current()).isEqualTo(2);
        assertThat(text(view)).contains("已恢复上次保存的草稿。", "申请书.pdf");
        assertThat(view.materials().rows().getFirst().way.getValue()).isEqualTo(MaterialState.SUBMITTED_COPY);
        assertThat(view.applicant().applicantName()).isEqualTo("济南泉城餐饮");
        click(view, "apply-save");
        assertThat(text(view)).contains("草稿已保存");
    }

    @Test
    void aRefusalOfTheServiceIsShownNextToTheMaterialItNames() {
        ApplyView view = signedIn();
        view.situation().answers(Map.of("staff", "no"));
        view.show(2);
        List<MaterialRow> rows = view.materials().rows();
        view.uploaded(rows.get(0), "申请书.pdf", pdf());
        rows.get(0).way.setValue(MaterialState.SUBMITTED_COPY);
        rows.get(1).way.setValue(MaterialState.REUSED);
        rows.get(2).way.setValue(MaterialState.SUBMITTED_COPY);
        rows.get(3).way.setValue(MaterialState.NOT_NEEDED);
        // The page believes the floor plan was uploaded; the service knows better.
        intake.upload(FakeIntake.ACCOUNT, DraftSubject.matter(FOOD), PLAN, "平面图.pdf", pdf());
        rows.get(2)
                .files(intake.draft(FakeIntake.ACCOUNT, DraftSubject.matter(FOOD))
                        .orElseThrow()
                        .files());
        intake.removeUpload(FakeIntake.ACCOUNT, DraftSubject.matter(FOOD), 101);
        view.materials().consent.setValue(true);
        view.show(3);

        view.submit();

        assertThat(view.current()).isEqualTo(2);
        assertThat(rows.get(2).way.isInvalid()).isTrue();
        assertThat(rows.get(2).way.getErrorMessage()).isEqualTo("「" + PLAN + "」选择了上传，但还没有上传文件");
        assertThat(byId(view, Paragraph.class, "apply-error").orElseThrow().getText())
                .isEqualTo("「" + PLAN + "」选择了上传，但还没有上传文件");
        assertThat(intake.byKey).isEmpty();
    }

    @Test
    void aMatterOnlyForTheWindowIsNotOffered() {
        CitizenSession.signIn(new CitizenSession.Citizen(FakeIntake.ACCOUNT, "济南泉城餐饮管理有限公司"));
        ApplyView view = new ApplyView(intake, catalogue, accounts());
        view.beforeEnter(enter(ApplyView.class, PortalCatalogue.MARRIAGE));

        assertThat(text(view)).contains("不能在网上申请");
        assertThat(all(view, Button.class)).isEmpty();
    }

    @Test
    void aLifeEventAsksItsQuestionsOnceAndMergesTheMaterialsOfItsMatters() {
        CitizenSession.signIn(new CitizenSession.Citizen(FakeIntake.ACCOUNT, "济南泉城餐饮管理有限公司"));
        ApplyLifeEventView view = new ApplyLifeEventView(intake, catalogue, accounts());
        view.beforeEnter(enter(ApplyLifeEventView.class, PortalCatalogue.LIFE_EVENT));
        assertThat(text(view)).contains("在线申请：我要开餐馆");

        view.situation().answers(Map.of("staff", "no"));
        click(view, "apply-next");
        click(view, "apply-next");

        assertThat(view.materials().rows())
                .extracting(MaterialRow::name)
                .as("the business licence both need is asked once; the health certificate is ruled out")
                .containsExactly(FORM, LICENCE, PLAN, PortalCatalogue.FIRE_PLAN);
        List<MaterialRow> rows = view.materials().rows();
        view.uploaded(rows.get(0), "申请书.pdf", pdf());
        view.uploaded(rows.get(3), "消防安全制度.pdf", pdf());
        rows.get(0).way.setValue(MaterialState.SUBMITTED_COPY);
        rows.get(1).way.setValue(MaterialState.REUSED);
        rows.get(2).way.setValue(MaterialState.TOLERATED);
        rows.get(3).way.setValue(MaterialState.SUBMITTED_COPY);
        view.materials().consent.setValue(true);
        view.materials().pledge.setValue(true);
        click(view, "apply-next");
        view.submit();

        assertThat(all(view, Anchor.class))
                .extracting(Anchor::getHref)
                .contains("my-cases/SL370102202603020001", "my-cases/SL370102202603029999");
    }
}
