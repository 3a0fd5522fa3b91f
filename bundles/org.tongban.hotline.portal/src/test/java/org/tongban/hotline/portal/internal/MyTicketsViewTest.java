package org.tongban.hotline.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.hotline.ArticleDraft;
import org.tongban.hotline.Audience;
import org.tongban.hotline.Caller;
import org.tongban.hotline.Channel;
import org.tongban.hotline.CitizenTicket;
import org.tongban.hotline.NewTicket;
import org.tongban.hotline.Place;
import org.tongban.hotline.TicketType;
import org.tongban.hotline.Urgency;
import org.tongban.hotline.internal.HotlineForPortal;
import org.tongban.platform.accounts.ui.CitizenSession;
import org.tongban.testing.Jinan;
import org.tongban.testing.TestDatabase;
import org.tongban.testing.ui.UiTestSupport;

/** 我的诉求 and one ticket's page on the real services: only the citizen's own, up to the reply and the rating. */
class MyTicketsViewTest extends UiTestSupport {
    private HotlineForPortal hotline;
    private CitizenTicket mine;
    private CitizenTicket others;

    MyTicketsViewTest() {
        super("i18n/hotline-portal");
    }

    @BeforeEach
    void open() {
        hotline = new HotlineForPortal(TestDatabase.h2("db/hotline-with-platform.xml"));
        mine = hotline.citizens().file(41, ticket(FileTicketViewTest.NOISE));
        others = hotline.citizens().file(42, ticket("<b>别人的诉求</b>"));
    }

    @AfterEach
    void close() {
        hotline.close();
    }

    private static NewTicket ticket(String text) {
        return new NewTicket(
                Channel.PORTAL,
                TicketType.COMPLAINT,
                Urgency.NORMAL,
                Place.at("历下区泉城路188号", Jinan.JIEFANGLU),
                new Caller("李女士", null, false),
                text,
                null);
    }

    @Test
    void theCitizenSeesTheirTicketsWithStateAndTimeAndNoneOfAnothers() {
        CitizenSession.signIn(new CitizenSession.Citizen(41, "李女士"));

        MyTicketsView view = new MyTicketsView(hotline.citizens());

        assertThat(text(view))
                .contains("工单编号：" + mine.number(), "诉求类型：投诉", "当前状态：已受理", "受理时间：2026-03-02 10:00")
                .doesNotContain(others.number());
        Anchor link = all(view, Anchor.class).get(1);
        assertThat(link.getHref()).isEqualTo("my-tickets/" + mine.number());
        assertThat(link.getElement().getAttribute("aria-label")).isEqualTo("查看工单 " + mine.number());
    }

    @Test
    void theTicketPageShowsTheReplyAndTheCallbacksRatingOnceTaken() {
        hotline.answerAndRate(mine.number(), "已约谈店主，营业时间调整至22点。", true, 5);
        MyTicketView page = new MyTicketView(hotline.citizens(), hotline.knowledge());

        page.show(41, mine.number());

        assertThat(text(page))
                .contains("当前状态：已办结", "答复：已约谈店主，营业时间调整至22点。", "回访评价：已解决， 满意度 5", FileTicketViewTest.NOISE);
    }

    @Test
    void theTicketPageLinksThePublicArticleTheReplyCites() {
        String article = hotline.publish(
                new ArticleDraft(Jinan.JINAN, "夜间经营噪声的处理", "商铺夜间经营噪声超标的，由城管部门责令整改。", Audience.PUBLIC, null, null));
        hotline.answerAndRate(mine.number(), "已约谈店主，营业时间调整至22点。", article, true, 5);
        MyTicketView page = new MyTicketView(hotline.citizens(), hotline.knowledge());

        page.show(41, mine.number());

        assertThat(text(page)).contains("答复引用的常见问题：", "夜间经营噪声的处理");
        Anchor link = all(page, Anchor.class).stream()
                .filter(a -> a.getText().equals("夜间经营噪声的处理"))
                .findFirst()
                .orElseThrow();
        assertThat(link.getHref()).isEqualTo("hotline/knowledge/" + article);
    }

    @Test
    void anAgentsOnlyArticleTheReplyCitesStaysHiddenFromTheCitizen() {
        String article = hotline.publish(
                new ArticleDraft(Jinan.JINAN, "噪声投诉的受理口径", "先问噪声来源和时段，再派属地城管。", Audience.AGENTS, null, null));
        hotline.answerAndRate(mine.number(), "已约谈店主，营业时间调整至22点。", article, true, 5);
        MyTicketView page = new MyTicketView(hotline.citizens(), hotline.knowledge());

        page.show(41, mine.number());

        assertThat(text(page)).contains("答复：已约谈店主").doesNotContain("答复引用的常见问题", "噪声投诉的受理口径");
    }

    @Test
    void anotherCitizensNumberReadsAsNotFound() {
        MyTicketView page = new MyTicketView(hotline.citizens(), hotline.knowledge());

        page.show(41, others.number());

        assertThat(text(page)).contains("工单不存在或无权查看：" + others.number()).doesNotContain("别人的诉求");
    }

    @Test
    void aVisitorWhoIsNotSignedInIsAskedToSignIn() {
        CitizenSession.signOut();

        MyTicketsView view = new MyTicketsView(hotline.citizens());

        assertThat(text(view)).contains("请先登录").doesNotContain(mine.number());
        assertThat(all(view, Anchor.class).getFirst().getHref()).isEqualTo(MyTicketsView.SIGN_IN);
    }
}
