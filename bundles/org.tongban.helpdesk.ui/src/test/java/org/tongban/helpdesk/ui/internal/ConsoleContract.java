package org.tongban.helpdesk.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.helpdesk.internal.HelpdeskFixture.BANYANG;
import static org.tongban.helpdesk.internal.HelpdeskFixture.ZHANGDIAN;
import static org.tongban.helpdesk.internal.HelpdeskFixture.ZIBO;
import static org.tongban.helpdesk.internal.HelpdeskFixture.ZICHUAN;

import com.vaadin.flow.component.button.Button;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.helpdesk.HelpChannel;
import org.tongban.helpdesk.HelpKind;
import org.tongban.helpdesk.HelpRequest;
import org.tongban.helpdesk.HelpStates;
import org.tongban.helpdesk.RequesterKind;
import org.tongban.helpdesk.internal.HelpdeskFixture;
import org.tongban.platform.ui.ReasonDialog;
import org.tongban.testing.TestDatabase;
import org.tongban.testing.ui.UiTestSupport;

/** The help desk's console pages on its real services: what helpers, leaders and administrators see and do. */
abstract class ConsoleContract extends UiTestSupport {
    HelpdeskFixture f;
    HelpdeskFixture.Teams teams;

    ConsoleContract() {
        super("i18n/helpdesk-ui", "i18n/helpdesk-messages", "i18n/tongban-ui");
    }

    abstract TestDatabase open();

    @BeforeEach
    void openFixture() {
        f = new HelpdeskFixture(open());
        teams = f.standardTeams();
    }

    @AfterEach
    void closeFixture() {
        f.close();
    }

    @Test
    void aHelperRegistersAnElderlyCitizensRequestAtTheWindowTakesItAndSuspendsItWithAReason() {
        f.asHelper("zc.a", ZICHUAN);
        NewRequestView form = new NewRequestView(f.service, f.access, f.jurisdictions);
        form.requesterKind.setValue(RequesterKind.PERSON);
        form.name.setValue("王秀英");
        form.identifier.setValue("110105194912310021");
        form.matters.setValue(HelpdeskFixture.BUSINESS);
        form.kind.setValue(HelpKind.FULL_AGENCY);
        form.description.setValue("老人行动不便，请帮忙办理");
        form.save();
        assertThat(form.saved).as("a wrong check digit is refused").isNull();
        assertThat(f.db.count("hd_request")).isZero();

        form.identifier.setValue(HelpdeskFixture.ID_NUMBER);
        form.save();
        HelpRequest r = form.saved;
        assertThat(r).isNotNull();
        assertThat(r.channel()).isEqualTo(HelpChannel.WINDOW);
        assertThat(r.jurisdictionCode()).isEqualTo(ZICHUAN);

        RequestPage page = new RequestPage(f.service);
        page.open(Long.toString(r.id()));
        assertThat(text(page.body)).contains(r.number(), "待分派", "110105********002X", "全程代办");
        byId(page, Button.class, "helpdesk-take").orElseThrow().click();
        assertThat(page.shown().state()).isEqualTo(HelpStates.HANDLING);
        assertThat(text(page.body)).contains("办理中", "首问负责人 zc.a");
        assertThat(byId(page, Button.class, "helpdesk-authorise")).isPresent();

        byId(page, Button.class, "helpdesk-suspend").orElseThrow().click();
        roundTrip();
        ReasonDialog suspend = all(ui, ReasonDialog.class).getLast();
        suspend.reasonField().setValue("等待申请人补齐户口簿");
        assertThat(suspend.confirm()).isTrue();
        assertThat(page.shown().state()).isEqualTo(HelpStates.SUSPENDED);
        assertThat(page.timeline.entries()).extracting(e -> e.title()).containsExactly("登记", "接办（首问负责）", "中止");
        assertThat(byId(page, Button.class, "helpdesk-resume")).isPresent();
        assertThat(byId(page, Button.class, "helpdesk-complete")).isEmpty();
        assertThat(all(page.forms, com.vaadin.flow.component.html.Anchor.class))
                .extracting(com.vaadin.flow.component.html.Anchor::getText)
                .containsExactly("帮办代办受理单", "帮办代办中止告知单");
        assertThat(all(page.forms, com.vaadin.flow.component.html.Anchor.class))
                .allSatisfy(a ->
                        assertThat(a.getElement().getAttribute("aria-label")).startsWith("下载"));
    }

    @Test
    void anotherHelperSeesNoneOfTheOwnersStepsAndAnotherDistrictNotTheRequest() {
        f.asHelper("zb.a", ZIBO);
        HelpRequest r = f.service.register(HelpdeskFixture.enterpriseRequest(BANYANG));
        f.asHelper("zc.a", ZICHUAN);
        f.service.take(r.id(), r.version());

        f.asHelper("zc.b", ZICHUAN);
        RequestPage page = new RequestPage(f.service);
        page.open(Long.toString(r.id()));
        assertThat(text(page.body)).contains(r.number());
        assertThat(byId(page, Button.class, "helpdesk-complete")).isEmpty();
        assertThat(byId(page, Button.class, "helpdesk-handOver")).isEmpty();

        f.asHelper("zd.a", ZHANGDIAN);
        RequestPage other = new RequestPage(f.service);
        other.open(Long.toString(r.id()));
        assertThat(text(other.body)).contains("诉求不存在或不在您的服务区域内").doesNotContain(r.number());
        other.open("not-a-number");
        assertThat(text(other.body)).contains("诉求不存在或不在您的服务区域内");
    }

    @Test
    void theQueueListsTheAreasRequestsUrgentFirstAndFiltersByState() {
        f.asHelper("zb.a", ZIBO);
        HelpRequest normal = f.service.register(HelpdeskFixture.enterpriseRequest(ZICHUAN));
        HelpRequest urgent = f.service.register(HelpdeskFixture.elderlyRequest(ZICHUAN));
        f.service.register(HelpdeskFixture.enterpriseRequest(ZHANGDIAN));

        f.asHelper("zc.a", ZICHUAN);
        QueueView queue = new QueueView(f.service, f.access);
        queue.list.refresh();
        assertThat(queue.list.items()).extracting(HelpRequest::id).containsExactly(urgent.id(), normal.id());
        f.service.take(normal.id(), normal.version());
        queue.state.setValue(QueueView.MINE);
        assertThat(queue.list.items()).extracting(HelpRequest::id).containsExactly(normal.id());
        queue.state.setValue(HelpStates.NEW);
        assertThat(queue.list.items()).extracting(HelpRequest::id).containsExactly(urgent.id());
    }

    @Test
    void anAdministratorSetsUpATeamAndItsMembers() {
        f.asAdmin();
        TeamsView view = new TeamsView(f.service, f.access, f.jurisdictions);
        assertThat(text(view.teams)).contains("市政务服务中心帮办代办专班", "淄川区网格帮办员");
        view.code.setValue("ZB-GX");
        view.name.setValue("高新区“益家人·帮您办”");
        view.level.setValue(org.tongban.helpdesk.TeamLevel.DISTRICT);
        view.domain.setValue("enterprise");
        view.leader.setValue("gx.lead");
        view.save.click();
        assertThat(text(view.teams)).contains("高新区“益家人·帮您办”");
        view.code.setValue("bad code!");
        view.save.click();
        assertThat(f.audit.withAction("helpdesk.team.save")).hasSize(3);
    }

    @Test
    void theFiguresOfTheAreaAndTheirWorkbook() throws Exception {
        f.asHelper("zb.a", ZIBO);
        f.service.register(HelpdeskFixture.enterpriseRequest(ZICHUAN));
        f.service.register(HelpdeskFixture.elderlyRequest(BANYANG));
        f.asHelper("zc.a", ZICHUAN);
        StatisticsView view = new StatisticsView(f.service, f.access);
        view.from.setValue(java.time.LocalDate.of(2026, 12, 1));
        view.to.setValue(java.time.LocalDate.of(2026, 12, 31));
        view.refresh();
        assertThat(view.shown.total()).isEqualTo(2);
        assertThat(text(view.figures)).contains("登记 2 件，在办 2 件", "期间内暂无帮办评价", "满意率目标 95%");
        List<org.tongban.platform.ui.Chart> charts = all(view.figures, org.tongban.platform.ui.Chart.class);
        assertThat(charts)
                .extracting(org.tongban.platform.ui.Chart::title)
                .containsExactly("按帮办类型", "按来源渠道", "按队伍", "首次接办用时", "办结用时");
        assertThat(charts.get(0).categories()).containsExactlyInAnyOrder("联合代办", "全程代办");
        assertThat(charts.get(1).type()).isEqualTo(org.tongban.platform.ui.Chart.Type.PIE);
        assertThat(charts.get(3).categories())
                .containsExactly("30分钟内", "30分钟至2小时", "2至8小时", "8至24小时", "超过24小时", "尚未接办");
        assertThat(charts.get(3).series().getFirst().values().stream().map(Number::longValue))
                .containsExactly(0L, 0L, 0L, 0L, 0L, 2L);
        assertThat(charts.get(4).categories()).startsWith("1天内").endsWith("尚未办结");
        byte[] xlsx = view.workbook();
        assertThat(xlsx).startsWith(new byte[] {'P', 'K'});
        assertThat(workbookText(xlsx)).contains("首次接办用时", "尚未接办", "办结用时", "1天内", "尚未办结", "评价数", "满意率（%）", "满意率目标（%）");
        view.to.setValue(java.time.LocalDate.of(2026, 11, 1));
        view.refresh();
        assertThat(text(view.figures)).isEmpty();
    }

    /** The sheets' names and the shared strings of a workbook. */
    private static String workbookText(byte[] xlsx) throws java.io.IOException {
        StringBuilder out = new StringBuilder();
        java.nio.file.Path file = java.nio.file.Files.createTempFile("helpdesk", ".xlsx");
        try {
            java.nio.file.Files.write(file, xlsx);
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                for (java.util.zip.ZipEntry e : java.util.Collections.list(zip.entries())) {
                    if (e.getName().endsWith(".xml")) {
                        out.append(new String(
                                zip.getInputStream(e).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                    }
                }
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
        // The workbook writes characters beyond ASCII as numeric references.
        return java.util.regex.Pattern.compile("&#(x?)([0-9a-fA-F]+);")
                .matcher(out)
                .replaceAll(m -> java.util.regex.Matcher.quoteReplacement(Character.toString(
                        Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16))));
    }

    @Test
    void theOwnerRecordsTheRatingGivenAtTheWindowOnceTheRequestIsCompleted() {
        f.asHelper("zc.a", ZICHUAN);
        HelpRequest r = f.service.register(HelpdeskFixture.elderlyRequest(ZICHUAN));
        RequestPage page = new RequestPage(f.service);
        page.open(Long.toString(r.id()));
        assertThat(byId(page, Button.class, "helpdesk-rate"))
                .as("an open request")
                .isEmpty();
        HelpRequest taken = f.service.take(r.id(), r.version());
        f.service.complete(r.id(), taken.version(), "已代为申领");
        page.open(Long.toString(r.id()));
        byId(page, Button.class, "helpdesk-rate").orElseThrow().click();
        assertThat(f.service.rating(r.id())).as("no level chosen").isEmpty();
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.radiobutton.RadioButtonGroup<org.tongban.helpdesk.HelpRating> level = byId(
                        page, com.vaadin.flow.component.radiobutton.RadioButtonGroup.class, "helpdesk-rating-level")
                .orElseThrow();
        level.setValue(org.tongban.helpdesk.HelpRating.SATISFIED);
        byId(page, com.vaadin.flow.component.textfield.TextField.class, "helpdesk-rating-comment")
                .orElseThrow()
                .setValue("帮办员很耐心");
        byId(page, Button.class, "helpdesk-rate").orElseThrow().click();
        assertThat(f.service.rating(r.id())).isPresent();
        assertThat(text(page.body)).contains("诉求人评价：满意 “帮办员很耐心”");
        assertThat(byId(page, Button.class, "helpdesk-rate")).isEmpty();
        assertThat(page.timeline.entries()).extracting(e -> e.title()).endsWith("办结", "评价");
    }

    @Test
    void aSignedInCitizenAsksForHelpAndFollowsTheirRequests() {
        f.access.logOut();
        java.time.Instant created = java.time.Instant.parse("2026-01-01T00:00:00Z");
        org.tongban.platform.accounts.PublicAccount me = new org.tongban.platform.accounts.PublicAccount(
                7,
                org.tongban.platform.api.identity.ApplicantKind.PERSON,
                "王秀英",
                "110105********002X",
                null,
                null,
                created);
        org.tongban.platform.accounts.PublicAccounts accounts =
                (org.tongban.platform.accounts.PublicAccounts) java.lang.reflect.Proxy.newProxyInstance(
                        getClass().getClassLoader(),
                        new Class<?>[] {org.tongban.platform.accounts.PublicAccounts.class},
                        (proxy, method, args) -> switch (method.getName()) {
                            case "find" -> java.util.Optional.of(me);
                            case "identifier" -> java.util.Optional.of(HelpdeskFixture.ID_NUMBER);
                            default -> throw new UnsupportedOperationException(method.getName());
                        });
        AskHelpView view = new AskHelpView(f.service, accounts, f.jurisdictions, ZIBO);
        view.show(7);
        assertThat(text(view.content)).contains("暂无帮办申请");
        view.subject.setValue("养老金资格认证");
        view.description.setValue(" ");
        view.ask();
        assertThat(f.service.mine(7)).as("no description, nothing asked").isEmpty();
        view.description.setValue("不会用手机认证，请帮忙");
        view.ask();
        HelpRequest asked = f.service.mine(7).getFirst();
        assertThat(asked.channel()).isEqualTo(HelpChannel.PORTAL);
        assertThat(asked.requester().identifier()).isEqualTo(HelpdeskFixture.ID_NUMBER);
        assertThat(text(view.content)).contains(asked.number(), "待分派", "登记");
    }

    @Test
    void theOwnerPreChecksTheMaterialsFromTheRequestPage() {
        f.asHelper("zb.a", ZIBO);
        HelpRequest r = f.service.register(HelpdeskFixture.enterpriseRequest(ZICHUAN));
        f.asHelper("zc.a", ZICHUAN);
        f.service.take(r.id(), r.version());
        RequestPage page = new RequestPage(f.service);
        page.open(Long.toString(r.id()));
        byId(page, Button.class, "helpdesk-precheck").orElseThrow().click();
        roundTrip();
        PrecheckDialog dialog = all(ui, PrecheckDialog.class).getLast();
        dialog.present.setValue(java.util.Set.of("公司登记（备案）申请书", "公司章程"));
        dialog.confirm.click();
        assertThat(page.timeline.entries().getLast().note()).contains("尚缺 股东主体资格证明");
    }

    @Test
    void theOwnerFilesTheIntakeCaseAsAgentAndTheRequestListsItWithItsState() {
        f.asHelper("zb.a", ZIBO);
        HelpRequest r = f.service.register(HelpdeskFixture.elderlyRequest(ZICHUAN));
        f.asHelper("zc.a", ZICHUAN);
        r = f.service.take(r.id(), r.version());
        java.time.LocalDate today = f.time.instant().atZone(Labels.BEIJING).toLocalDate();
        f.service.authorise(
                r.id(),
                new org.tongban.helpdesk.NewAuthorisation(
                        "zc.a",
                        "网格员甲",
                        "370302199001011232",
                        List.of(HelpdeskFixture.BUSINESS),
                        java.util.Set.of(org.tongban.helpdesk.Power.APPLY, org.tongban.helpdesk.Power.FOLLOW),
                        today,
                        today.plusDays(30)));
        RequestPage page = new RequestPage(f.service);
        page.open(Long.toString(r.id()));
        assertThat(byId(page, com.vaadin.flow.component.html.UnorderedList.class, "helpdesk-linked-cases"))
                .isEmpty();

        byId(page, Button.class, "helpdesk-file-case").orElseThrow().click();
        roundTrip();
        AgencyDialog dialog = all(ui, AgencyDialog.class).getLast();
        assertThat(dialog.matter.getValue()).isEqualTo(HelpdeskFixture.BUSINESS);
        dialog.matter.setValue(HelpdeskFixture.MARRIAGE);
        dialog.confirm.click();
        assertThat(dialog.isOpened())
                .as("a matter outside the letter is refused in the dialog")
                .isTrue();
        assertThat(dialog.refusal.isVisible()).isTrue();
        assertThat(dialog.refusal.getText()).contains(HelpdeskFixture.MARRIAGE).doesNotContain("helpdesk.");
        assertThat(f.received).isEmpty();

        dialog.matter.setValue(HelpdeskFixture.BUSINESS);
        dialog.materials.setValue(java.util.Set.of("公司登记（备案）申请书"));
        dialog.confirm.click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(f.received)
                .singleElement()
                .satisfies(s -> assertThat(s.agent().name()).isEqualTo("网格员甲"));
        String number = dialog.filed;
        assertThat(text(page.body)).contains("代为申请的办件", number, "已收件", "尚未受理，未计时");
        assertThat(all(page.body, com.vaadin.flow.component.html.Anchor.class))
                .extracting(com.vaadin.flow.component.html.Anchor::getHref)
                .contains("console/intake/case/" + number);
        assertThat(page.timeline.entries().getLast().title()).isEqualTo("代为申请办件");

        f.intakeReadable = false;
        page.open(Long.toString(r.id()));
        assertThat(text(page.body)).contains(number, "无权查看该办件的状态").doesNotContain("已收件");
        assertThat(all(page.body, com.vaadin.flow.component.html.Anchor.class))
                .extracting(com.vaadin.flow.component.html.Anchor::getHref)
                .doesNotContain("console/intake/case/" + number);
    }
}
