package org.tongban.hotline.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.hotline.Article;
import org.tongban.hotline.ArticleDraft;
import org.tongban.hotline.Caller;
import org.tongban.hotline.CatalogueRow;
import org.tongban.hotline.Channel;
import org.tongban.hotline.NewTicket;
import org.tongban.hotline.Place;
import org.tongban.hotline.Ticket;
import org.tongban.hotline.TicketFilter;
import org.tongban.hotline.TicketType;
import org.tongban.hotline.Urgency;
import org.tongban.platform.ui.ReasonDialog;
import org.tongban.testing.Jinan;
import org.tongban.testing.TestDatabase;
import org.tongban.testing.ui.UiTestSupport;

/** The hotline console on the hotline's real services: what agents, the office and units see and what they write. */
abstract class ConsoleContract extends UiTestSupport {
    static final String STALLS = "泉城路188号门前有摊贩占道经营，堵住人行道，行人只能走机动车道";
    ConsoleFixture f;

    ConsoleContract() {
        super("i18n/hotline-ui");
    }

    abstract TestDatabase open();

    @BeforeEach
    void openFixture() {
        f = new ConsoleFixture(open());
    }

    @AfterEach
    void closeFixture() {
        f.close();
    }

    /** A closed ticket of 占道经营 the desk's suggestion learns from. */
    private void pastStallTicket() {
        String article = published(STALL_ARTICLE).id();
        f.asOffice();
        Ticket t = f.service.receive(new NewTicket(
                Channel.AGENT_CALL,
                TicketType.COMPLAINT,
                Urgency.NORMAL,
                Place.at("历下区泉城路100号", Jinan.JIEFANGLU),
                new Caller("张先生", "13812345678", false),
                "泉城路有摊贩占道经营，人行道被堵",
                "CG.ZYJY"));
        f.service.answerDirectly(t.number(), t.version(), article, "已告知城管执法热线");
    }

    static final ArticleDraft STALL_ARTICLE = new ArticleDraft(
            Jinan.JINAN,
            "占道经营的受理口径",
            "流动摊贩占道经营由属地城市管理部门处理，记录位置和时段后派区城市管理局。",
            org.tongban.hotline.Audience.AGENTS,
            List.of("CG.ZYJY"),
            List.of());

    /** Written by the office, published by the other reviewer. */
    Article published(ArticleDraft draft) {
        f.asOffice();
        Article a = f.knowledge.create(draft);
        a = f.knowledge.submit(a.id(), 1, a.latest().version());
        f.asReviewer();
        return f.knowledge.publish(a.id(), 1, a.latest().version(), null);
    }

    @Test
    void theDeskSuggestsArticlesAsTheCallerSpeaksAndOneClickAnswersCitingIt() {
        Article stalls = published(STALL_ARTICLE);
        published(new ArticleDraft(
                Jinan.JINAN,
                "供暖期与室温标准",
                "济南市集中供热期一般为每年11月15日至次年3月15日。",
                org.tongban.hotline.Audience.PUBLIC,
                null,
                null));
        published(new ArticleDraft(
                Jinan.JINAN, "居民身份证补领", "身份证丢失后到派出所申请补领。", org.tongban.hotline.Audience.PUBLIC, null, null));
        f.asAgent();
        AgentDeskView desk = new AgentDeskView(
                f.service, f.queries, f.catalogue, f.suggestions, f.knowledge, f.access, f.jurisdictions);
        desk.address.setValue("历下区泉城路188号门前");
        desk.place.select(Jinan.JIEFANGLU);
        desk.description.setValue("<b>泉城路</b>晚上有流动摊贩占道经营，行人过不去");
        assertThat(text(desk.articles)).contains("知识库推荐", "占道经营的受理口径", stalls.id());
        assertThat(desk.articles.getElement().getOuterHTML())
                .as("the caller's words and the article are text, never markup")
                .doesNotContain("<b>泉城路");
        Button cite = byId(desk.articles, Button.class, "hotline-desk-cite-" + stalls.id())
                .orElseThrow();
        assertThat(cite.getElement().getAttribute("aria-label")).contains("占道经营的受理口径");
        cite.click();
        Ticket answered = f.queries.list(TicketFilter.ALL, 0, 10).items().stream()
                .filter(t -> stalls.id().equals(t.articleId()))
                .findFirst()
                .orElseThrow();
        assertThat(answered.state()).isEqualTo("ANSWERED");
        assertThat(answered.answer()).startsWith("流动摊贩占道经营");
        f.asOffice();
        assertThat(f.knowledge.article(stalls.id()).orElseThrow().usageCount()).isEqualTo(1);
        assertThat(text(desk.articles)).as("ready for the next call").isEmpty();
    }

    @Test
    void theOfficeMarksAnAnswerAsContradictingItsArticleWhichFlagsItForReview() {
        pastStallTicket();
        f.asOffice();
        Ticket answered = f.queries.list(TicketFilter.ALL, 0, 10).items().getFirst();
        TicketPage page = page(answered.number());
        Button mark = byId(page, Button.class, "hotline-step-contradicts").orElseThrow();
        mark.click();
        roundTrip();
        ReasonDialog d = all(ui, ReasonDialog.class).stream()
                .filter(ReasonDialog::isOpened)
                .findFirst()
                .orElseThrow();
        assertThat(all(d, com.vaadin.flow.component.textfield.TextField.class)
                        .getFirst()
                        .getValue())
                .as("the cited article is proposed")
                .isEqualTo(answered.articleId());
        d.reasonField().setValue("答复称由街道处理，与条目不一致");
        d.confirm();
        Article flagged = f.knowledge.article(answered.articleId()).orElseThrow();
        assertThat(flagged.flag()).isEqualTo(org.tongban.hotline.ArticleFlag.CONTRADICTED);
        assertThat(f.knowledge.reviewQueue()).extracting(Article::id).containsExactly(answered.articleId());

        f.asAgent();
        assertThat(byId(page(answered.number()), Button.class, "hotline-step-contradicts"))
                .as("agents do not review replies")
                .isEmpty();
    }

    @Test
    void aUnitRepliesCitingAnArticleWhichCountsAsItsUse() {
        String article = published(STALL_ARTICLE).id();
        f.asOffice();
        Ticket t = f.service.receive(call("泉城路有摊贩占道经营"));
        t = f.service.dispatch(t.number(), t.version(), "CG.ZYJY", ConsoleFixture.LIXIA_CG, List.of());
        f.asUnit();
        f.service.sign(t.number(), t.version(), ConsoleFixture.LIXIA_CG);
        TicketPage page = page(t.number());
        page.start("reply");
        StepDialog d = dialog();
        all(d, TextArea.class).getFirst().setValue("已安排夜间巡查，摊贩已劝离");
        all(d, com.vaadin.flow.component.textfield.TextField.class).getFirst().setValue(article);
        d.confirm();
        assertThat(f.queries.find(t.number()).orElseThrow().state()).isEqualTo("REVIEW");
        f.asOffice();
        assertThat(f.knowledge.article(article).orElseThrow().usageCount()).isEqualTo(1);
        Anchor cited = citedLink(page(t.number()), "占道经营的受理口径");
        assertThat(cited.getHref())
                .as("an agents-only article opens in the console's knowledge base")
                .isEqualTo("console/hotline/knowledge?article=" + article);
        KnowledgeView kb = new KnowledgeView(f.knowledge, f.catalogue, f.access, f.jurisdictions, false);
        kb.open(article);
        assertThat(kb.editor.title.getValue()).isEqualTo("占道经营的受理口径");
    }

    @Test
    void theEditorNamesTheLinkedMattersAsTheCataloguePublishesThem() {
        f.asOffice();
        KnowledgeView kb = new KnowledgeView(f.knowledge, f.catalogue, f.access, f.jurisdictions, false);
        kb.editor.matters.setValue(ConsoleFixture.ID_CARD_MATTER + "，370100-XX-XX-999");

        assertThat(text(kb.editor.matterNames))
                .contains("关联事项：居民身份证补领（" + ConsoleFixture.ID_CARD_MATTER + "）")
                .contains("关联事项：370100-XX-XX-999（服务目录中没有已发布的此事项）");
    }

    @Test
    void aDirectAnswerShowsItsPublicArticleByTitleLinkedToThePublicPage() {
        String article = published(new ArticleDraft(
                        Jinan.JINAN,
                        "供暖期与室温标准",
                        "济南市集中供热期一般为每年11月15日至次年3月15日。",
                        org.tongban.hotline.Audience.PUBLIC,
                        null,
                        null))
                .id();
        f.asOffice();
        Ticket t = f.service.receive(call("家里暖气什么时候开始供"));
        f.service.answerDirectly(t.number(), t.version(), article, "供暖期为11月15日至次年3月15日");

        TicketPage page = page(t.number());

        assertThat(text(page)).contains("引用知识：", "供暖期与室温标准").doesNotContain("（" + article + "）");
        assertThat(citedLink(page, "供暖期与室温标准").getHref()).isEqualTo("hotline/knowledge/" + article);
    }

    private Anchor citedLink(TicketPage page, String title) {
        return all(page, Anchor.class).stream()
                .filter(a -> a.getText().equals(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no link to " + title + " in " + text(page)));
    }

    @Test
    void anEditorWritesAnotherReviewerPublishesAndEveryVersionStaysReadable() {
        f.asOffice();
        KnowledgeView view = new KnowledgeView(f.knowledge, f.catalogue, f.access, f.jurisdictions, false);
        ArticleEditor e = view.editor;
        e.title.setValue("供暖期与室温标准");
        e.body.setValue("济南市集中供热期一般为每年11月15日至次年3月15日。");
        e.audience.setValue(org.tongban.hotline.Audience.PUBLIC);
        e.save.click();
        assertThat(e.status.getText()).contains("草稿");
        assertThat(shown(e.submit)).isTrue();
        e.submit.click();
        assertThat(e.status.getText()).contains("待审核");
        assertThat(shown(e.publish)).as("the office may publish here").isTrue();
        e.publish.click();
        assertThat(e.status.getText()).as("not its own version").contains("待审核");

        f.asReviewer();
        KnowledgeView queue = new KnowledgeView(f.knowledge, f.catalogue, f.access, f.jurisdictions, true);
        Article waiting = f.knowledge.reviewQueue().getFirst();
        queue.list.select(waiting);
        queue.editor.publish.click();
        assertThat(queue.editor.status.getText()).contains("已发布", "现行版本 1");
        assertThat(f.knowledge.reviewQueue()).isEmpty();

        f.asOffice();
        view = new KnowledgeView(f.knowledge, f.catalogue, f.access, f.jurisdictions, false);
        view.list.select(f.knowledge.article(waiting.id()).orElseThrow());
        view.editor.body.setValue("济南市集中供热期一般为每年11月15日至次年3月15日，室温不低于18℃。");
        view.editor.save.click();
        assertThat(view.editor.status.getText()).contains("草稿", "现行版本 1");
        assertThat(text(view.editor.history)).contains("第2版", "第1版", "已发布", "reviewer");
        all(view.editor.history, Button.class).getLast().click();
        assertThat(view.editor.shown.getText())
                .as("the published text of version 1")
                .doesNotContain("18℃");
    }

    @Test
    void anAgentTakesACallTheSuggestionPicksTheUnitAndTheTicketRunsToARatedCallback() {
        pastStallTicket();
        AgentDeskView desk = new AgentDeskView(
                f.service, f.queries, f.catalogue, f.suggestions, f.knowledge, f.access, f.jurisdictions);
        desk.callerName.setValue("李女士");
        desk.callerPhone.setValue("13912345678");
        desk.type.setValue(TicketType.COMPLAINT);
        desk.address.setValue("历下区泉城路188号门前");
        desk.place.select(Jinan.JIEFANGLU);
        desk.description.setValue(STALLS);

        assertThat(desk.description.getHelperText()).isEqualTo("已输入 " + STALLS.length() + " / 4000 字");
        assertThat(desk.suggestion.getText()).contains("建议分类：占道经营", "建议承办单位：历下区城市管理局", "置信度 100%");
        assertThat(text(desk.similar)).as("the closed one is no candidate").contains("没有相似的未办结工单");
        assertThat(desk.category.getValue()).isEqualTo("CG.ZYJY");
        assertThat(desk.lead.getValue()).isEqualTo(ConsoleFixture.LIXIA_CG);
        desk.submit(AgentDeskView.Outcome.DISPATCH);

        Ticket taken = f.queries
                .list(TicketListView.filter(java.util.Map.of("state", "DISPATCHED")), 0, 10)
                .items()
                .getFirst();
        assertThat(text(desk.result)).contains("已生成工单 " + taken.number(), "已派单");
        assertThat(desk.description.getValue()).as("ready for the next call").isEmpty();

        f.asUnit();
        UnitQueueView queue = new UnitQueueView(f.queries, f.catalogue);
        assertThat(queue.list().items()).extracting(Ticket::number).containsExactly(taken.number());
        TicketPage page = page(taken.number());
        assertThat(text(page)).contains("139****5678").doesNotContain("13912345678");
        assertThat(page.offered()).contains("sign", "giveBack").doesNotContain("approve", "dispatch");
        page.start("sign");
        assertThat(page.shown().state()).isEqualTo("HANDLING");
        reply(page, "已联合街道清理摊点，设置隔离护栏");
        assertThat(page.shown().state()).isEqualTo("REVIEW");

        f.asOffice();
        page = page(taken.number());
        assertThat(page.offered()).contains("approve", "sendBack");
        page.start("sendBack");
        roundTrip();
        ReasonDialog back = all(ui, ReasonDialog.class).getFirst();
        back.reasonField().setValue("未说明长效管理措施");
        back.confirm();
        assertThat(page.shown().state()).isEqualTo("HANDLING");

        f.asUnit();
        page = page(taken.number());
        reply(page, "已清理摊点并安排每日巡查");
        f.asOffice();
        page = page(taken.number());
        page.start("approve");
        dialog().confirm();
        assertThat(page.shown().state()).isEqualTo("CALLBACK");

        f.asAgent();
        page = page(taken.number());
        assertThat(page.offered()).containsExactly("callback");
        page.start("callback");
        StepDialog callback = dialog();
        @SuppressWarnings("unchecked")
        Select<Integer> satisfaction = all(callback, Select.class).getFirst();
        satisfaction.setValue(4);
        callback.confirm();
        assertThat(page.shown().state()).isEqualTo("EVALUATED");
        assertThat(page.shown().satisfaction()).isEqualTo(4);
        assertThat(text(page)).contains("已解决，满意", "退回重办", "未说明长效管理措施");
    }

    @Test
    void aStepOnATicketSomeoneElseChangedShowsTheConflictAndWritesNothing() {
        f.asOffice();
        Ticket t = f.service.receive(call("楼道灯坏了"));
        TicketPage page = page(t.number());
        f.service.dispatch(t.number(), t.version(), "CG.ZYJY", ConsoleFixture.LIXIA_CG, List.of());
        page.start("answer");
        StepDialog d = dialog();
        all(d, com.vaadin.flow.component.textfield.TextField.class).getFirst().setValue("KB-2");
        all(d, TextArea.class).getFirst().setValue("答复");
        d.confirm();
        assertThat(page.conflictShown()).isTrue();
        assertThat(f.queries.find(t.number()).orElseThrow().state()).isEqualTo("DISPATCHED");
    }

    @Test
    void theDeskRefusesAnOversizedDescriptionInChineseAndStoresNothing() {
        f.asOffice();
        AgentDeskView desk = new AgentDeskView(
                f.service, f.queries, f.catalogue, f.suggestions, f.knowledge, f.access, f.jurisdictions);
        desk.address.setValue("某地");
        desk.place.select(Jinan.JIEFANGLU);
        desk.description.setValue("字".repeat(4001));
        desk.submit(AgentDeskView.Outcome.RECEIVE);
        assertThat(f.db.count("hotline_ticket")).isZero();
        desk.submit(AgentDeskView.Outcome.DISPATCH);
        assertThat(f.db.count("hotline_ticket")).as("no category, no lead").isZero();
    }

    @Test
    void theOfficeListFiltersByTypeUrgencyAndOverdueAndAUnitSeesNoOtherTicket() {
        f.asOffice();
        f.service.receive(call("咨询居住证办理"));
        Ticket urgent = f.service.receive(new NewTicket(
                Channel.AGENT_CALL,
                TicketType.HELP,
                Urgency.URGENT,
                Place.at("历下区泉城路1号", Jinan.JIEFANGLU),
                new Caller(null, null, false),
                "井盖丢失",
                null));
        TicketListView list = new TicketListView(f.queries, f.catalogue);
        list.list().refresh();
        assertThat(list.list().total()).isEqualTo(2);
        list.urgency.setValue("URGENT");
        assertThat(list.list().items()).extracting(Ticket::number).containsExactly(urgent.number());
        list.urgency.clear();
        list.type.setValue("CONSULTATION");
        assertThat(list.list().total()).isOne();
        list.overdue.setValue(true);
        assertThat(list.list().total()).isZero();

        f.asUnit();
        assertThat(new UnitQueueView(f.queries, f.catalogue).list().total()).isZero();
        assertThat(text(page(urgent.number()))).contains("工单不存在或无权查看");
    }

    @Test
    void theOfficeListOfMoreThanTenThousandTicketsSaysSoAndTheBigScreenCountsThemAll() throws Exception {
        int bulk = org.tongban.hotline.Page.COUNT_LIMIT + 2;
        try (java.sql.Connection c = f.db.dataSource().getConnection();
                java.sql.PreparedStatement ps = c.prepareStatement("INSERT INTO hotline_ticket (ticket_number,"
                        + " channel, ticket_type, urgency, address, jurisdiction_code, confidential, description,"
                        + " state, version, received_at, received_by, warning) VALUES (?, 'AGENT_CALL', 'HELP',"
                        + " 'NORMAL', '历下区', ?, FALSE, '路灯不亮', 'RECEIVED', 1, ?, 'agent', 'NONE')")) {
            for (int i = 0; i < bulk; i++) {
                ps.setString(1, String.format("BULK%06d", i));
                ps.setString(2, Jinan.JIEFANGLU);
                ps.setObject(
                        3,
                        java.time.OffsetDateTime.parse("2026-02-01T08:00+08:00").plusMinutes(i));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        f.asOffice();
        TicketListView list = new TicketListView(f.queries, f.catalogue);
        list.list().refresh();
        assertThat(all(list, com.vaadin.flow.component.html.Span.class).stream()
                        .filter(span -> span.hasClassName("tb-paged-position"))
                        .map(com.vaadin.flow.component.html.Span::getText))
                .containsExactly("第 1 / 500+ 页，超过 10,000 条");
        assertThat(f.queries.count(TicketFilter.ALL)).isEqualTo(bulk);
    }

    @Test
    void theCatalogueExportsAndImportsItsWorkbookAndRefusesAFileThatIsNone() throws Exception {
        f.asOffice();
        CatalogueView view = new CatalogueView(f.catalogue);
        byte[] book = view.workbook();
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(book))) {
            assertThat(read.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("分类编码");
        }
        List<CatalogueRow> rows = CatalogueWorkbook.read(book);
        assertThat(rows).contains(new CatalogueRow("CG", "城市管理", null, false, Jinan.LIXIA, ConsoleFixture.LIXIA_CG));

        List<CatalogueRow> changed = new java.util.ArrayList<>(rows);
        changed.add(new CatalogueRow("CG.WSJ", "违章搭建", "CG", true, Jinan.LIXIA, ConsoleFixture.LIXIA_CG));
        view.importWorkbook(CatalogueWorkbook.write(changed, view::getTranslation));
        assertThat(f.catalogue.category("CG.WSJ")).isPresent();

        view.importWorkbook("not a workbook".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        List<CatalogueRow> bad = List.of(new CatalogueRow("BAD", "坏行", null, false, "999999", "NOPE"));
        view.importWorkbook(CatalogueWorkbook.write(bad, view::getTranslation));
        assertThat(f.catalogue.category("BAD")).as("all or nothing").isEmpty();

        view.categoryCode.setValue("CG.GG");
        view.categoryName.setValue("户外广告");
        view.parentCode.setValue("CG");
        view.saveCategory();
        assertThat(f.catalogue.category("CG.GG")).isPresent();
    }

    @Test
    void statisticsCountHotspotsByCategoryAndStreetTheBusinessLineAndExport() throws Exception {
        pastStallTicket();
        f.asOffice();
        Ticket complaint = f.service.receive(new NewTicket(
                Channel.AGENT_CALL,
                TicketType.COMPLAINT,
                Urgency.NORMAL,
                Place.at("历下区泉城路8号", Jinan.JIEFANGLU),
                new Caller(null, null, false),
                "办理营业执照被要求提供额外材料",
                "YS"));
        f.service.dispatch(complaint.number(), complaint.version(), "YS", ConsoleFixture.CITY_ZJJ, List.of());
        StatisticsView stats = new StatisticsView(f.queries, f.catalogue, f.access, f.jurisdictions);
        stats.from.setValue(java.time.LocalDate.now(Labels.ZONE).minusDays(1));
        stats.run();
        assertThat(stats.shown().counted()).isEqualTo(2);
        assertThat(stats.shown().businessEnvironment()).isOne();
        assertThat(stats.heatTable().rows()).anySatisfy(row -> assertThat(row).containsExactly("占道经营", "1"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(stats.workbook()))) {
            assertThat(book.getSheet("营商环境投诉").getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("营商环境");
            assertThat(book.getSheet("承办单位考核").getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("济南市住房和城乡建设局");
        }

        BigScreenView screen = new BigScreenView(f.queries, f.catalogue, f.access);
        assertThat(screen.tileTexts()).contains("今日受理 2", "未办结 1", "今日办结 1", "超期 0");
    }

    private static NewTicket call(String text) {
        return new NewTicket(
                Channel.AGENT_CALL,
                TicketType.CONSULTATION,
                Urgency.NORMAL,
                Place.at("历下区泉城路1号", Jinan.JIEFANGLU),
                new Caller("王先生", "13700001111", false),
                text,
                null);
    }

    private TicketPage page(String number) {
        TicketPage page =
                new TicketPage(f.service, f.queries, f.catalogue, f.access, f.workflows, f.definition, f.knowledge);
        page.open(number);
        return page;
    }

    private StepDialog dialog() {
        roundTrip();
        return all(ui, StepDialog.class).stream()
                .filter(StepDialog::isOpened)
                .reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no open dialog"));
    }

    private void reply(TicketPage page, String text) {
        page.start("reply");
        StepDialog d = dialog();
        all(d, TextArea.class).getFirst().setValue(text);
        d.confirm();
    }

    @Test
    void aClerkSendsATestMessageThroughTheDemoGatewayAndSeesTheTicketItBecame() {
        f.asAgent();
        MessagesView view = new MessagesView(
                f.service, new org.tongban.hotline.internal.DemoInbox(f.service, f.access), Jinan.JINAN);
        view.channel.setValue(org.tongban.hotline.Channel.EMAIL);
        assertThat(view.subject.isVisible()).isTrue();
        view.sender.setValue("zhang.san@example.com");
        view.subject.setValue("路灯不亮");
        view.text.setValue("文化东路路灯<b>晚上</b>不亮。");
        org.tongban.hotline.InboundRecord taken = view.post();
        assertThat(taken).isNotNull();
        assertThat(view.shown()).singleElement().satisfies(r -> {
            assertThat(r.ticketNumber()).isEqualTo(taken.ticketNumber());
            assertThat(r.sender()).isEqualTo("z***@example.com");
        });
        assertThat(f.queries.find(taken.ticketNumber()).orElseThrow().description())
                .isEqualTo("路灯不亮\n\n文化东路路灯<b>晚上</b>不亮。");

        view.channel.setValue(org.tongban.hotline.Channel.SMS);
        view.sender.setValue("13912345678");
        view.text.setValue("长".repeat(4001));
        assertThat(view.post()).as("refused with the limit, nothing stored").isNull();
        assertThat(view.shown()).hasSize(1);

        MessagesView withoutDemo = new MessagesView(f.service, null, Jinan.JINAN);
        assertThat(byId(withoutDemo, com.vaadin.flow.component.Component.class, "hotline-message-demo"))
                .isEmpty();
        assertThat(withoutDemo.shown()).hasSize(1);
    }
}
