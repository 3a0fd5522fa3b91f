package org.tongban.hotline.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.hotline.ArticleDraft;
import org.tongban.hotline.Audience;
import org.tongban.hotline.internal.HotlineForPortal;
import org.tongban.platform.api.portal.PageNotFoundException;
import org.tongban.testing.Jinan;
import org.tongban.testing.TestDatabase;
import org.tongban.testing.ui.PublicPages;

/** The public answers on the hotline's real knowledge base, rendered as the host renders them, for a visitor. */
class KnowledgePagesTest {
    private final PublicPages pages = new PublicPages("i18n/hotline-portal");
    private HotlineForPortal hotline;
    private KnowledgePages page;
    private String fund;
    private String agentsOnly;

    @BeforeEach
    void open() {
        hotline = new HotlineForPortal(TestDatabase.h2("db/hotline-with-platform.xml"));
        fund = hotline.publish(new ArticleDraft(
                Jinan.JINAN,
                "租房提取住房公积金",
                "在济南无自有住房且租房居住的职工，可申请提取住房公积金支付房租。\n\n可通过网上业务大厅<script>alert(1)</script>办理。",
                Audience.PUBLIC,
                null,
                List.of("370100-GJJ-TQ-001")));
        hotline.publish(new ArticleDraft(Jinan.JINAN, "居民身份证补领", "身份证丢失后到派出所申请补领。", Audience.PUBLIC, null, null));
        agentsOnly = hotline.publish(
                new ArticleDraft(Jinan.JINAN, "公积金来电的受理口径", "公积金来电先问缴存城市，再转公积金中心。", Audience.AGENTS, null, null));
        page = new KnowledgePages(hotline.knowledge());
    }

    @AfterEach
    void close() {
        hotline.close();
    }

    @Test
    void theListShowsThePublicArticlesAndFindsThemAsCitizensAsk() {
        String all = pages.render(page, KnowledgePages.LIST, Map.of(), Map.of()).html();
        assertThat(all).contains("租房提取住房公积金", "居民身份证补领", "共 2 条").doesNotContain("受理口径");
        String found = pages.render(page, KnowledgePages.LIST, Map.of(), Map.of("q", List.of("租房怎么取公积金")))
                .html();
        assertThat(found).contains("href=\"/hotline/knowledge/" + fund + "\"").doesNotContain("居民身份证补领");
        String pinyin = pages.render(page, KnowledgePages.LIST, Map.of(), Map.of("q", List.of("zfgjj")))
                .html();
        assertThat(pinyin).contains("租房提取住房公积金");
        String nothing = pages.render(page, KnowledgePages.LIST, Map.of(), Map.of("q", List.of("<b>xyz不存在</b>")))
                .html();
        assertThat(nothing)
                .contains("没有找到相关答复")
                .contains("&lt;b&gt;xyz不存在&lt;/b&gt;")
                .doesNotContain("<b>xyz");
    }

    @Test
    void anArticleShowsItsParagraphsAsTextAndAnAgentsOnlyOneIsNotFound() {
        PublicPages.Rendered one = pages.render(page, KnowledgePages.ONE, Map.of("id", fund), Map.of());
        assertThat(one.view().title()).isEqualTo("租房提取住房公积金");
        assertThat(one.html())
                .contains("<p>在济南无自有住房且租房居住的职工，可申请提取住房公积金支付房租。</p>")
                .contains("&lt;script&gt;")
                .contains("<a href=\"/guides/370100-GJJ-TQ-001\">住房公积金提取</a>")
                .doesNotContain("事项编码")
                .doesNotContain("<script>alert");
        assertThatThrownBy(() -> pages.render(page, KnowledgePages.ONE, Map.of("id", agentsOnly), Map.of()))
                .isInstanceOf(PageNotFoundException.class);
        assertThatThrownBy(() -> pages.render(page, KnowledgePages.ONE, Map.of("id", "../etc"), Map.of()))
                .isInstanceOf(PageNotFoundException.class);
    }
}
