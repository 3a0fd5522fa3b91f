package org.tongban.market.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.notification.Notification;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.market.Agency;
import org.tongban.market.AgencyStatus;
import org.tongban.market.Funding;
import org.tongban.market.Project;
import org.tongban.market.ProjectState;
import org.tongban.market.SelectionMethod;
import org.tongban.market.internal.MarketForUi;
import org.tongban.platform.accounts.ui.CitizenSession;
import org.tongban.platform.api.portal.PageNotFoundException;
import org.tongban.testing.Jinan;
import org.tongban.testing.TestDatabase;
import org.tongban.testing.TestJurisdictions;
import org.tongban.testing.ui.PublicPages;
import org.tongban.testing.ui.UiTestSupport;

/**
 * The market's views and public pages on its real services, run against each real database by a subclass: the
 * office publishes an agency it reviewed, agencies register and sign up, an owner publishes a fiscal project, the
 * office fixes the draw's inputs and runs it, and the public draw page re-checks it from those inputs.
 */
abstract class MarketUiContract extends UiTestSupport {
    private final PublicPages pages = new PublicPages("i18n/market-ui");
    MarketForUi m;

    MarketUiContract() {
        super("i18n/market-ui");
    }

    abstract TestDatabase database();

    @BeforeEach
    void market() {
        m = new MarketForUi(database());
    }

    private String lastNotification() {
        roundTrip();
        List<Notification> shown = all(ui, Notification.class);
        assertThat(shown).isNotEmpty();
        return shown.getLast().getElement().getProperty("text");
    }

    @Test
    void theDirectoryShowsPublishedAgenciesWithQualificationsAndNothingElse() {
        Agency published = m.published(11, "营口某测绘有限公司");
        Agency waiting = m.submitted(12, "某待审核测绘公司");

        String list = pages.render(new DirectoryPages(m.agencies), DirectoryPages.LIST, Map.of(), Map.of())
                .html();
        assertThat(list).contains("营口某测绘有限公司", "工程测绘", "共 1 家机构").doesNotContain("某待审核测绘公司");
        String found = pages.render(
                        new DirectoryPages(m.agencies), DirectoryPages.LIST, Map.of(), Map.of("q", List.of("<b>营口")))
                .html();
        assertThat(found).contains("&lt;b&gt;营口").doesNotContain("<b>营口");

        PublicPages.Rendered profile = pages.render(
                new DirectoryPages(m.agencies),
                DirectoryPages.ONE,
                Map.of("id", String.valueOf(published.id())),
                Map.of());
        assertThat(profile.view().title()).isEqualTo("营口某测绘有限公司");
        assertThat(profile.html()).contains("乙测资字11", "山东省自然资源厅", "2028-12-31", "有效", "无不良行为记录", "年度信用分");
        for (String id : List.of("abc", "-1", String.valueOf(waiting.id()))) {
            assertThatThrownBy(() -> pages.render(
                            new DirectoryPages(m.agencies), DirectoryPages.ONE, Map.of("id", id), Map.of()))
                    .as(id)
                    .isInstanceOf(PageNotFoundException.class);
        }
    }

    @Test
    void theOfficeReviewsFactsAndPublishesOrReturnsWithTheReason() {
        Agency first = m.submitted(11, "营口某测绘有限公司");
        Agency second = m.submitted(12, "营口另一测绘有限公司");
        m.asOffice();
        ReviewView view = new ReviewView(m.agencies);
        assertThat(view.queue.getListDataView().getItems())
                .extracting(Agency::name)
                .contains(first.name(), second.name());

        view.queue.select(view.queue
                .getListDataView()
                .getItems()
                .filter(a -> a.id() == first.id())
                .findFirst()
                .orElseThrow());
        assertThat(text(view.details)).contains(m.creditCodeOf(11), "李四（注册测绘师，CH2020001）");
        assertThat(all(view.details, QualificationList.class)
                        .getFirst()
                        .grid
                        .getListDataView()
                        .getItems())
                .extracting(q -> q.number())
                .containsExactly("乙测资字11");
        view.publish.click();
        assertThat(view.queue.getListDataView().getItems())
                .extracting(Agency::id)
                .doesNotContain(first.id());

        view.queue.select(view.queue
                .getListDataView()
                .getItems()
                .filter(a -> a.id() == second.id())
                .findFirst()
                .orElseThrow());
        view.decide(false, "资质证书编号与扫描件不一致");
        m.asPublic();
        Agency returned = m.agencies.ownAgency(12).orElseThrow();
        assertThat(returned.status()).isEqualTo(AgencyStatus.RETURNED);
        assertThat(returned.reviewNote()).isEqualTo("资质证书编号与扫描件不一致");
        assertThat(m.agencies.ownAgency(11).orElseThrow().status()).isEqualTo(AgencyStatus.PUBLISHED);
    }

    @Test
    void anAgencyRegistersThroughItsOwnAccountAndAForgedCodeWritesNothing() {
        AgencyDeskView anonymous = new AgencyDeskView(m.agencies, m.projects, new TestJurisdictions(), Jinan.JINAN);
        assertThat(text(anonymous)).contains("请先以法人账户登录");

        CitizenSession.signIn(new CitizenSession.Citizen(21, "营口某测绘有限公司"));
        AgencyDeskView view = new AgencyDeskView(m.agencies, m.projects, new TestJurisdictions(), Jinan.JINAN);
        view.creditCode.setValue("91210800MA0000000X");
        view.name.setValue("营口某测绘有限公司");
        view.legalRepresentative.setValue("王五");
        view.phone.setValue("0417-2800000");
        view.address.setValue("营口市站前区某路1号");
        view.staff.setValue("李四 注册测绘师 CH2020001\n赵六，测绘工程师，CH2021002");
        view.register();
        assertThat(lastNotification()).isNotBlank().doesNotContain("Exception");
        assertThat(m.agencies.ownAgency(21)).isEmpty();

        view.creditCode.setValue(m.creditCodeOf(21));
        view.register();
        Agency agency = m.agencies.ownAgency(21).orElseThrow();
        assertThat(agency.status()).isEqualTo(AgencyStatus.DRAFT);
        assertThat(agency.staff()).hasSize(2);
        assertThat(agency.staff().get(1).certificateNumber()).isEqualTo("CH2021002");
        assertThat(text(view)).contains("草稿", "添加资质");
    }

    @Test
    void anOwnerOnFiscalMoneyCannotPickAndPublishesADraw() {
        CitizenSession.signIn(new CitizenSession.Citizen(MarketForUi.OWNER, "济南市历下区某局"));
        OwnerDeskView view = new OwnerDeskView(m.agencies, m.projects, new TestJurisdictions(), Jinan.JINAN);
        assertThat(text(view)).contains("1000000.00", "财政资金项目不能由业主直接选取");
        view.ownerName.setValue("济南市历下区某局");
        view.jurisdiction.select(Jinan.LIXIA);
        view.serviceType.setValue("SURVEY");
        view.title.setValue("某道路工程地形测绘");
        view.scope.setValue("1:500地形图测绘约2平方公里");
        view.ceiling.setValue(new BigDecimal("80000"));
        view.funding.setValue(Funding.FISCAL);
        view.method.setValue(SelectionMethod.DIRECT);
        LocalDateTime now = LocalDateTime.ofInstant(m.time.instant(), Labels.ZONE);
        view.opens.setValue(now);
        view.closes.setValue(now.plusDays(2));
        view.serviceDays.setValue(20);
        view.publish();
        assertThat(lastNotification()).isNotBlank().doesNotContain("Exception");
        assertThat(m.projects.ownProjects(MarketForUi.OWNER)).isEmpty();

        view.method.setValue(SelectionMethod.RANDOM_DRAW);
        view.publish();
        assertThat(m.projects.ownProjects(MarketForUi.OWNER)).singleElement().satisfies(p -> assertThat(p.state())
                .isEqualTo(ProjectState.AWAITING_SELECTION));
        assertThat(view.mine.getListDataView().getItems()).hasSize(1);
    }

    @Test
    void theDrawIsPublishedBeforeItRunsAndReCheckedFromItsPage() {
        m.published(11, "营口甲测绘有限公司");
        m.published(12, "营口乙测绘有限公司");
        m.published(13, "营口丙测绘有限公司");
        Project project = m.project(SelectionMethod.RANDOM_DRAW, Funding.FISCAL, "80000");
        for (long account : List.of(11L, 12L, 13L)) {
            m.projects.signUp(account, project.id(), null);
        }
        DrawPage draw = new DrawPage(m.projects);
        Map<String, String> id = Map.of("id", String.valueOf(project.id()));
        assertThat(pages.render(draw, DrawPage.PATH, id, Map.of()).html()).contains("抽取输入尚未公布");
        String open = pages.render(new ProjectPages(m.projects, m.agencies), ProjectPages.ONE, id, Map.of())
                .html();
        assertThat(open).contains("报名截止后公开报名机构和报价").doesNotContain("营口甲测绘有限公司");

        m.closeSignUp();
        m.asOffice();
        OfficeProjectsView office = new OfficeProjectsView(m.projects, m.agencies);
        office.show(project);
        office.publicValue.setValue("2026-03-05 上证指数收盘 3412.57");
        office.fix.click();
        m.asPublic();
        assertThat(pages.render(draw, DrawPage.PATH, id, Map.of()).html())
                .contains("2026-03-05 上证指数收盘 3412.57", "RFC3797-SHA256-v1", "尚未执行抽取");

        m.asOffice();
        assertThat(office.run.isEnabled())
                .as("the project stays shown after the inputs are fixed")
                .isTrue();
        office.run.click();
        m.asPublic();
        String winner = m.projects.selection(project.id()).orElseThrow().draw().winner();
        String page = pages.render(draw, DrawPage.PATH, id, Map.of()).html();
        assertThat(page)
                .contains("中选：" + winner, "id=\"market-draw-order\"", "data-candidate=", "redraw.js")
                .contains("/api/v1/market/projects/" + project.id() + "/draw-inputs.txt");
        assertThat(pages.render(draw, DrawPage.PATH, id, Map.of("check", List.of("1")))
                        .html())
                .contains("与公布结果一致");
        assertThat(pages.render(
                                draw,
                                DrawPage.PATH,
                                id,
                                Map.of("check", List.of("1"), "publicValue", List.of("2026-03-05 上证指数收盘 3412.58")))
                        .html())
                .contains("候选名单与公布的 SHA-256 一致");

        String result = pages.render(new ProjectPages(m.projects, m.agencies), ProjectPages.ONE, id, Map.of())
                .html();
        assertThat(result).contains("营口甲测绘有限公司", "营口乙测绘有限公司", "营口丙测绘有限公司", "抽取过程与复核", "公示中");
        String all = pages.render(new ProjectPages(m.projects, m.agencies), ProjectPages.LIST, Map.of(), Map.of())
                .html();
        assertThat(all).contains(project.number(), "某道路工程地形测绘", "共 1 个项目");
        assertThatThrownBy(() -> pages.render(draw, DrawPage.PATH, Map.of("id", "999999"), Map.of()))
                .isInstanceOf(PageNotFoundException.class);
    }

    @Test
    void anAgencySeesWhyItIsExcludedAndABidAboveTheCeilingIsRefused() {
        m.published(11, "营口甲测绘有限公司");
        Project levelA = m.projects.publish(
                MarketForUi.COMPANY,
                new org.tongban.market.NewProject(
                        "某置业有限公司",
                        Jinan.LIXIA,
                        "SURVEY",
                        "某小区竣工测量",
                        "竣工测量",
                        new BigDecimal("50000"),
                        Funding.OWN,
                        SelectionMethod.LOWEST_PRICE,
                        "甲级",
                        "",
                        m.time.instant(),
                        m.time.instant().plus(java.time.Duration.ofDays(2)),
                        10,
                        null));
        CitizenSession.signIn(new CitizenSession.Citizen(11, "营口甲测绘有限公司"));
        AgencyDeskView view = new AgencyDeskView(m.agencies, m.projects, new TestJurisdictions(), Jinan.JINAN);
        assertThat(view.openProject.getListDataView().getItems())
                .extracting(Project::id)
                .contains(levelA.id());
        view.openProject.setValue(levelA);
        view.bid.setValue(new BigDecimal("60000"));
        view.signUp();
        assertThat(lastNotification()).isNotBlank().doesNotContain("Exception");
        assertThat(m.projects.ownSignUps(11)).isEmpty();

        view.bid.setValue(new BigDecimal("45000"));
        view.signUp();
        assertThat(lastNotification()).contains("资质等级低于要求");
        assertThat(m.projects.ownSignUps(11)).singleElement().satisfies(s -> assertThat(s.valid())
                .isFalse());
        assertThat(view.mine.getListDataView().getItems()).hasSize(1);
    }

    @Test
    void theOwnerAndTheWinnerCarryAProjectToAPublicRatingFromTheirDesks() {
        Agency agency = m.published(11, "营口甲测绘有限公司");
        Project p = m.project(SelectionMethod.RANDOM_DRAW, Funding.OWN, "80000");
        m.projects.signUp(11, p.id(), null);
        m.closeSignUp();
        m.asOffice();
        m.projects.fixDrawInputs(p.id(), "v");
        m.projects.runSelection(p.id());
        m.asPublic();
        m.time.advance(java.time.Duration.ofDays(7));

        CitizenSession.signIn(new CitizenSession.Citizen(MarketForUi.COMPANY, "某置业有限公司"));
        OwnerDeskView owner = new OwnerDeskView(m.agencies, m.projects, new TestJurisdictions(), Jinan.JINAN);
        owner.work(p);
        click(owner.work, "market-ui-work-confirmResult");
        assertThat(state(p)).isEqualTo(ProjectState.AWAITING_CONFIRMATION);

        CitizenSession.signIn(new CitizenSession.Citizen(11, "营口甲测绘有限公司"));
        AgencyDeskView winner = new AgencyDeskView(m.agencies, m.projects, new TestJurisdictions(), Jinan.JINAN);
        winner.mine.select(winner.mine.getListDataView().getItems().findFirst().orElseThrow());
        click(winner.work, "market-ui-work-accept");
        assertThat(state(p)).isEqualTo(ProjectState.AWAITING_CONTRACT);

        m.projects.uploadContract(MarketForUi.COMPANY, p.id(), "contract.pdf", MarketForUi.PDF);
        owner.work(p);
        click(owner.work, "market-ui-work-confirmContract");
        winner.mine.deselectAll();
        winner.mine.select(winner.mine.getListDataView().getItems().findFirst().orElseThrow());
        click(winner.work, "market-ui-work-confirmContract");
        assertThat(state(p)).isEqualTo(ProjectState.IN_SERVICE);

        m.projects.deliver(11, p.id(), "report.pdf", MarketForUi.PDF);
        owner.work(p);
        click(owner.work, "market-ui-work-acceptResult");
        assertThat(state(p)).isEqualTo(ProjectState.COMPLETED);

        RatingForm rating = all(owner.work, RatingForm.class).getFirst();
        rating.quality.setValue(6);
        rating.rate.click();
        assertThat(rating.quality.isInvalid()).isTrue();
        assertThat(m.projects.ratings(agency.id())).isEmpty();
        rating.quality.setValue(5);
        rating.timeliness.setValue(4);
        rating.attitude.setValue(5);
        rating.price.setValue(4);
        rating.comment.setValue("成果规范");
        rating.rate.click();
        assertThat(state(p)).isEqualTo(ProjectState.RATED);
        String profile = pages.render(
                        new DirectoryPages(m.agencies),
                        DirectoryPages.ONE,
                        Map.of("id", String.valueOf(agency.id())),
                        Map.of())
                .html();
        assertThat(profile).contains("质量 5 分，时效 4 分，态度 5 分，收费 4 分", "成果规范", p.number());
    }

    private ProjectState state(Project p) {
        return m.projects.find(p.id()).orElseThrow().state();
    }

    private static void click(com.vaadin.flow.component.Component root, String id) {
        byId(root, com.vaadin.flow.component.button.Button.class, id)
                .orElseThrow(() -> new AssertionError("no button " + id + " in " + text(root)))
                .click();
    }
}
