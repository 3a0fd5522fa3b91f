package org.tongban.hotline.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tongban.hotline.internal.HotlineContract.QUANCHENG_ROAD;
import static org.tongban.hotline.internal.HotlineContract.SHIZHONG_PLACE;
import static org.tongban.hotline.internal.HotlineContract.call;
import static org.tongban.hotline.internal.HotlineFixture.LIXIA_CG;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.hotline.Article;
import org.tongban.hotline.ArticleDraft;
import org.tongban.hotline.ArticleFlag;
import org.tongban.hotline.ArticleStates;
import org.tongban.hotline.ArticleSuggestion;
import org.tongban.hotline.ArticleVersion;
import org.tongban.hotline.Audience;
import org.tongban.hotline.HotlineException;
import org.tongban.hotline.HotlinePermissions;
import org.tongban.hotline.HotlineTopics;
import org.tongban.hotline.PublicArticle;
import org.tongban.hotline.Ticket;
import org.tongban.hotline.TicketStates;
import org.tongban.hotline.TicketType;
import org.tongban.platform.api.security.AccessDeniedException;
import org.tongban.testing.Jinan;
import org.tongban.testing.TestDatabase;

/** The knowledge base: versions and review, permissions at jurisdictions, search, citations and flags. */
abstract class KnowledgeContract {
    static final ArticleDraft ID_CARD = new ArticleDraft(
            Jinan.JINAN,
            "居民身份证补领",
            "身份证丢失后，本人携带户口簿到户籍所在地或居住地派出所申请补领，可同时办理临时身份证，补领一般20个工作日。",
            Audience.PUBLIC,
            List.of("ZF"),
            List.of("370100-GA-HJ-002"));
    static final ArticleDraft FUND = new ArticleDraft(
            Jinan.JINAN,
            "住房公积金提取",
            "购房、租房、离退休可以提取住房公积金，可在济南住房公积金中心网上业务大厅或手机App办理。",
            Audience.PUBLIC,
            List.of(),
            List.of("370100-GJJ-TQ-001"));
    static final ArticleDraft STALLS = new ArticleDraft(
            Jinan.LIXIA,
            "占道经营的受理口径",
            "流动摊贩占道经营、店外经营由属地城市管理部门处理；坐席记录具体位置和时段后派历下区城市管理局。",
            Audience.AGENTS,
            List.of("CG.ZYJY"),
            List.of());

    HotlineFixture f;

    abstract TestDatabase open();

    @BeforeEach
    void openFixture() {
        f = new HotlineFixture(open());
    }

    @AfterEach
    void closeFixture() {
        f.close();
    }

    /** Written by the office, published by the other reviewer. */
    Article published(ArticleDraft draft) {
        f.asOffice();
        Article a = f.knowledge().create(draft);
        a = f.knowledge().submit(a.id(), 1, a.latest().version());
        f.asReviewer();
        return f.knowledge().publish(a.id(), 1, a.latest().version(), "内容准确");
    }

    @Test
    void aVersionIsPublishedByAnotherReviewerAndOldVersionsStayReadable() {
        f.asOffice();
        Article a = f.knowledge().create(ID_CARD);
        assertThat(a.id()).startsWith("KB370100");
        assertThat(a.latest().state()).isEqualTo(ArticleStates.DRAFT);
        assertThat(a.inForce()).isEmpty();
        a = f.knowledge().submit(a.id(), 1, a.latest().version());
        String id = a.id();
        long inReview = a.latest().version();
        assertThatThrownBy(() -> f.knowledge().publish(id, 1, inReview, null))
                .isInstanceOf(HotlineException.class)
                .hasMessageContaining("不能审核自己编写");
        assertThatThrownBy(() -> f.knowledge().edit(id, ID_CARD)).hasMessageContaining("正在审核中");

        f.asReviewer();
        a = f.knowledge().publish(id, 1, inReview, "内容准确");
        assertThat(a.published().number()).isEqualTo(1);
        assertThat(a.published().reviewer()).isEqualTo("reviewer");

        f.asOffice();
        ArticleDraft changed = new ArticleDraft(
                null, ID_CARD.title(), ID_CARD.body() + "可在济南公安微警务预约。", Audience.PUBLIC, List.of("ZF"), List.of());
        a = f.knowledge().edit(id, changed);
        assertThat(a.latest().number()).isEqualTo(2);
        assertThat(a.published().number()).as("v1 stays in force meanwhile").isEqualTo(1);
        a = f.knowledge().submit(id, 2, a.latest().version());
        f.asReviewer();
        a = f.knowledge().reject(id, 2, a.latest().version(), "请补充办理地点");
        assertThat(a.latest().state()).isEqualTo(ArticleStates.DRAFT);
        assertThat(a.latest().reviewNote()).isEqualTo("请补充办理地点");
        f.asOffice();
        a = f.knowledge().edit(id, changed);
        a = f.knowledge().submit(id, 2, a.latest().version());
        f.asReviewer();
        a = f.knowledge().publish(id, 2, a.latest().version(), null);

        assertThat(a.published().number()).isEqualTo(2);
        List<ArticleVersion> versions = f.knowledge().versions(id);
        assertThat(versions).extracting(ArticleVersion::number).containsExactly(2, 1);
        assertThat(versions)
                .extracting(ArticleVersion::state)
                .containsExactly(ArticleStates.PUBLISHED, ArticleStates.SUPERSEDED);
        assertThat(versions.get(1).body()).as("the old text is kept").isEqualTo(ID_CARD.body());
        assertThat(versions.get(1).matterCodes()).containsExactly("370100-GA-HJ-002");
        assertThat(f.knowledge().matterName("370100-GA-HJ-002"))
                .as("the catalogue's published name")
                .contains("居民身份证补领");
        assertThat(f.knowledge().matterName("370100-XX-XX-999")).isEmpty();
        assertThat(f.audit.withAction("hotline.knowledge.create")).hasSize(1);
        assertThat(f.audit.withAction("hotline.knowledge.write")).hasSize(2);
        assertThat(f.audit.withAction("hotline-article.publish")).hasSize(2);
        assertThat(f.audit.withAction("hotline-article.reject")).hasSize(1);
    }

    @Test
    void badArticlesAreRefusedWithNothingStored() {
        f.asOffice();
        long before = f.db.count("hotline_kb_article");
        ArticleDraft blank = new ArticleDraft(Jinan.JINAN, " ", "正文", Audience.PUBLIC, List.of(), List.of());
        assertThatThrownBy(() -> f.knowledge().create(blank)).hasMessage("请填写条目标题（不含换行等控制字符）");
        ArticleDraft longBody = new ArticleDraft(Jinan.JINAN, "标题", "字".repeat(8001), Audience.PUBLIC, null, null);
        assertThatThrownBy(() -> f.knowledge().create(longBody)).hasMessage("内容不能超过8000个字");
        ArticleDraft noAudience = new ArticleDraft(Jinan.JINAN, "标题", "正文", null, null, null);
        assertThatThrownBy(() -> f.knowledge().create(noAudience)).hasMessageContaining("阅读范围");
        ArticleDraft badCategory = new ArticleDraft(Jinan.JINAN, "标题", "正文", Audience.AGENTS, List.of("NOPE"), null);
        assertThatThrownBy(() -> f.knowledge().create(badCategory)).hasMessage("分类不存在：NOPE");
        ArticleDraft badMatter = new ArticleDraft(Jinan.JINAN, "标题", "正文", Audience.AGENTS, null, List.of("<script>"));
        assertThatThrownBy(() -> f.knowledge().create(badMatter)).hasMessageContaining("事项不存在或未发布");
        ArticleDraft nowhere = new ArticleDraft("999999", "标题", "正文", Audience.AGENTS, null, null);
        assertThatThrownBy(() -> f.knowledge().create(nowhere)).isInstanceOf(RuntimeException.class);
        assertThat(f.db.count("hotline_kb_article")).isEqualTo(before);
        assertThat(f.db.count("hotline_kb_version")).isEqualTo(before);

        Article kept = f.knowledge()
                .create(new ArticleDraft(
                        Jinan.JINAN, "<b>标题</b>", "<script>alert(1)</script>", Audience.AGENTS, null, null));
        assertThat(kept.latest().body()).as("stored as given; views escape").isEqualTo("<script>alert(1)</script>");
    }

    @Test
    void anArticleLinkedToTheTicketsCategoryRanksAboveAnEqualTextMatch() {
        String call = "泉城路188号门前每天晚上有流动摊贩占道经营，行人无法通过。";
        // Other articles too, so that the words of the call weigh as they do in a real knowledge base.
        published(ID_CARD);
        published(FUND);
        Article unlinked = published(
                new ArticleDraft(Jinan.JINAN, STALLS.title(), STALLS.body(), Audience.AGENTS, List.of(), List.of()));
        Article linked = published(new ArticleDraft(
                Jinan.JINAN, STALLS.title(), STALLS.body(), Audience.AGENTS, List.of("CG.ZYJY"), List.of()));
        f.asAgent();
        List<ArticleSuggestion> plain = f.knowledge().suggest(call, Jinan.JIEFANGLU, 2);
        assertThat(plain).as("equal text matches").hasSize(2);
        assertThat(plain.get(0).score()).isEqualTo(plain.get(1).score());

        assertThat(f.knowledge().suggest(call, Jinan.JIEFANGLU, "CG.ZYJY", 2))
                .extracting(ArticleSuggestion::articleId)
                .containsExactly(linked.id(), unlinked.id());
        assertThat(f.knowledge().suggest(call, Jinan.JIEFANGLU, "ZF", 2))
                .as("another category lifts neither")
                .extracting(ArticleSuggestion::score)
                .containsExactly(plain.get(0).score(), plain.get(1).score());
    }

    @Test
    void permissionsHoldAtTheArticlesJurisdiction() {
        Article city = published(ID_CARD);
        Article lixia = published(STALLS);

        f.access.actAs("sz.editor", Jinan.SHIZHONG, HotlinePermissions.KNOWLEDGE, HotlinePermissions.ACCEPT);
        assertThatThrownBy(() -> f.knowledge().create(ID_CARD)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.knowledge().edit(lixia.id(), STALLS)).isInstanceOf(HotlineException.class);
        assertThat(f.knowledge().article(city.id()))
                .as("a city article applies in 市中区")
                .isPresent();
        assertThat(f.knowledge().article(lixia.id())).as("历下区's own guidance").isEmpty();
        assertThat(f.knowledge().suggest("流动摊贩占道经营", Jinan.SHIZHONG, 5))
                .extracting(ArticleSuggestion::articleId)
                .doesNotContain(lixia.id());
        Article own = f.knowledge()
                .create(new ArticleDraft(Jinan.SHIZHONG, "市中区占道经营", "市中区的占道经营派市中区城市管理局。", Audience.AGENTS, null, null));
        assertThat(own.jurisdictionCode()).isEqualTo(Jinan.SHIZHONG);
        String ownId = own.id();
        long ownVersion =
                f.knowledge().submit(ownId, 1, own.latest().version()).latest().version();
        assertThatThrownBy(() -> f.knowledge().publish(ownId, 1, ownVersion, null))
                .as("publishing needs hotline:publish")
                .isInstanceOf(AccessDeniedException.class);

        f.asLixiaWorker();
        assertThat(f.knowledge().article(lixia.id()))
                .as("a unit reads the agents' articles of its place")
                .isPresent();
        assertThatThrownBy(() -> f.knowledge().withdraw(lixia.id(), "过时")).isInstanceOf(AccessDeniedException.class);

        f.access.logOut();
        assertThat(f.knowledge().article(city.id())).isEmpty();
        assertThat(f.knowledge().publicArticle(city.id())).isPresent();
        assertThat(f.knowledge().publicArticle(lixia.id())).as("agents only").isEmpty();
        assertThatThrownBy(() -> f.knowledge().suggest("身份证", Jinan.LIXIA, 5))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void searchFindsArticlesBySynonymPinyinAndTheTicketsText() {
        Article idCard = published(ID_CARD);
        Article fund = published(FUND);
        Article stalls = published(STALLS);
        f.asAgent();
        assertThat(f.knowledge().suggest("我的身份证丢了怎么办", Jinan.JIEFANGLU, 5))
                .as("synonym 身份证丢了 => 居民身份证补领")
                .first()
                .extracting(ArticleSuggestion::articleId)
                .isEqualTo(idCard.id());
        assertThat(f.knowledge().suggest("zfgjj", Jinan.JIEFANGLU, 5))
                .first()
                .extracting(ArticleSuggestion::articleId)
                .isEqualTo(fund.id());
        List<ArticleSuggestion> forTicket =
                f.knowledge().suggest("来电人反映，泉城路188号门前每天晚上有流动摊贩占道经营，\n油烟很大，行人无法通过。", Jinan.JIEFANGLU, 5);
        assertThat(forTicket).first().extracting(ArticleSuggestion::articleId).isEqualTo(stalls.id());
        assertThat(forTicket.getFirst().snippet()).contains("占道经营");
        assertThat(f.knowledge().suggest("  ", Jinan.JIEFANGLU, 5)).isEmpty();
        assertThat(f.knowledge().articles("公积金", 10)).extracting(Article::id).containsExactly(fund.id());
        assertThat(f.knowledge().articles("100%_", 10))
                .as("LIKE wildcards are text")
                .isEmpty();
        assertThat(f.knowledge().articles(null, 10)).hasSize(3);

        f.access.logOut();
        assertThat(f.knowledge().publicArticles("公积金怎么取", 10))
                .extracting(PublicArticle::id)
                .containsExactly(fund.id());
        assertThat(f.knowledge().publicArticles("流动摊贩占道经营", 10))
                .as("agents only")
                .isEmpty();
        assertThat(f.knowledge().publicArticles(null, 10)).hasSize(2);
        assertThat(f.knowledge().publicArticle(fund.id()).orElseThrow().matterCodes())
                .containsExactly("370100-GJJ-TQ-001");
    }

    @Test
    void aDirectAnswerCitesTheArticleInForceAndCountsItsUse() {
        Article fund = published(FUND);
        f.asOffice();
        Article draftOnly =
                f.knowledge().create(new ArticleDraft(Jinan.JINAN, "草稿条目", "尚未发布的内容。", Audience.AGENTS, null, null));
        f.asAgent();
        Ticket t = f.service.receive(call(TicketType.CONSULTATION, QUANCHENG_ROAD, "公积金怎么提取？"));
        String number = t.number();
        long version = t.version();
        assertThatThrownBy(() -> f.service.answerDirectly(number, version, draftOnly.id(), "答复"))
                .hasMessageContaining("没有已发布的版本");
        assertThatThrownBy(() -> f.service.answerDirectly(number, version, "KB000", "答复"))
                .hasMessageContaining("知识库条目不存在");
        assertThat(f.db.count("hotline_kb_use")).isZero();

        t = f.service.answerDirectly(number, version, fund.id(), "购房租房可以提取，网上大厅办理。");
        assertThat(t.state()).isEqualTo(TicketStates.ANSWERED);
        assertThat(t.articleId()).isEqualTo(fund.id());
        f.asOffice();
        Article used = f.knowledge().article(fund.id()).orElseThrow();
        assertThat(used.usageCount()).isEqualTo(1);
        assertThat(used.lastUsedAt()).isEqualTo(f.time.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        assertThat(f.audit.withAction("hotline.knowledge.cite")).hasSize(1);
    }

    @Test
    void aDistrictsArticleIsNotCitedForAnotherDistrict() {
        Article lixia = published(STALLS);
        f.asAgent();
        Ticket t = f.service.receive(call(TicketType.COMPLAINT, SHIZHONG_PLACE, "经七路有流动摊贩占道经营"));
        assertThatThrownBy(() -> f.service.answerDirectly(t.number(), t.version(), lixia.id(), "已告知"))
                .hasMessageContaining("知识库条目不存在");
        assertThat(f.knowledge().suggest("流动摊贩占道经营", Jinan.SHIZHONG, 5)).isEmpty();
    }

    @Test
    void aReplyCitingAnArticleCountsAndTheOfficeMayMarkItContradicted() {
        Article stalls = published(STALLS);
        f.asAgent();
        Ticket t = f.service.receive(call(TicketType.COMPLAINT, QUANCHENG_ROAD, HotlineContract.STALLS));
        f.asOffice();
        t = f.service.dispatch(t.number(), t.version(), null, LIXIA_CG, List.of());
        f.asLixiaWorker();
        t = f.service.sign(t.number(), t.version(), LIXIA_CG);
        String number = t.number();
        assertThatThrownBy(() -> f.knowledge().markContradicted(number, stalls.id(), "口径不一致"))
                .as("units do not review replies")
                .isInstanceOf(RuntimeException.class);
        t = f.service.reply(t.number(), t.version(), LIXIA_CG, "已安排执法队员夜间巡查，摊贩已劝离。", stalls.id());
        f.asOffice();
        assertThat(f.knowledge().article(stalls.id()).orElseThrow().usageCount())
                .isEqualTo(1);

        f.asReviewer();
        Article flagged = f.knowledge().markContradicted(number, stalls.id(), "答复称由街道处理，与条目所述城管局不一致");
        assertThat(flagged.flag()).isEqualTo(ArticleFlag.CONTRADICTED);
        assertThat(flagged.flagNote()).startsWith(number);
        assertThat(f.knowledge().reviewQueue()).extracting(Article::id).contains(stalls.id());
        f.access.actAs("sz.reviewer", Jinan.SHIZHONG, HotlinePermissions.PUBLISH, HotlinePermissions.READ);
        assertThat(f.knowledge().reviewQueue())
                .as("another district's reviewer")
                .isEmpty();

        f.asReviewer();
        Article kept = f.knowledge().clearFlag(stalls.id(), "条目无误，答复已退回");
        assertThat(kept.flag()).isNull();
        assertThat(f.knowledge().reviewQueue()).isEmpty();
    }

    @Test
    void anArticleUnusedForTheConfiguredDaysIsFlaggedUntilCitedAgain() {
        // The office's review cycle named in issue 14 (知识库): 180 days by default, a setting of the city.
        assertThat(KnowledgeConfig.UNUSED_DAYS).isEqualTo(180);
        Article fund = published(FUND);
        f.access.logOut();
        f.time.advance(Duration.ofDays(179));
        assertThat(f.knowledge().flagUnused()).isZero();
        f.time.advance(Duration.ofDays(2));
        assertThat(f.knowledge().flagUnused()).isEqualTo(1);
        assertThat(f.topics()).contains(HotlineTopics.KNOWLEDGE_FLAGGED);
        f.asReviewer();
        assertThat(f.knowledge().article(fund.id()).orElseThrow().flag()).isEqualTo(ArticleFlag.UNUSED);
        assertThat(f.knowledge().reviewQueue()).extracting(Article::id).containsExactly(fund.id());

        f.asAgent();
        Ticket t = f.service.receive(call(TicketType.CONSULTATION, QUANCHENG_ROAD, "公积金怎么提取？"));
        f.service.answerDirectly(t.number(), t.version(), fund.id(), "网上大厅办理。");
        assertThat(f.knowledge().article(fund.id()).orElseThrow().flag())
                .as("a citation lifts it")
                .isNull();
    }

    @Test
    void aWithdrawnArticleIsNeitherSuggestedNorCitedNorShown() {
        Article idCard = published(ID_CARD);
        f.asReviewer();
        Article withdrawn = f.knowledge().withdraw(idCard.id(), "政策调整");
        assertThat(withdrawn.inForce()).isEmpty();
        assertThat(withdrawn.latest().state()).isEqualTo(ArticleStates.WITHDRAWN);
        f.asAgent();
        assertThat(f.knowledge().suggest("身份证补领", Jinan.JIEFANGLU, 5)).isEmpty();
        Ticket t = f.service.receive(call(TicketType.CONSULTATION, QUANCHENG_ROAD, "身份证丢了"));
        assertThatThrownBy(() -> f.service.answerDirectly(t.number(), t.version(), idCard.id(), "派出所补领"))
                .hasMessageContaining("没有已发布的版本");
        assertThat(f.knowledge().publicArticle(idCard.id())).isEmpty();
    }
}
