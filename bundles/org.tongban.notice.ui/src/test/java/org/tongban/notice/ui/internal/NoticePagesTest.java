package org.tongban.notice.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tongban.platform.api.portal.PublicPage;
import org.tongban.testing.TestJurisdictions;
import org.tongban.testing.ui.PublicPages;

/** The public notice list and the home page's latest notices, rendered as the host renders them. */
class NoticePagesTest {
    private final TestJurisdictions jurisdictions = new TestJurisdictions();
    private final InMemoryNotices notices = new InMemoryNotices(jurisdictions);
    private final PublicPages pages = new PublicPages("i18n/notice");

    @Test
    void theCitysNoticesAreListedNewestFirstWithTheirTextEscaped() {
        notices.publish("370100", "春节开放时间", "2月10日至17日暂停服务\n<script>alert(1)</script>");
        notices.publish("370102", "历下区大厅搬迁", "搬至龙奥北路");
        notices.publish("370100", "新版指南上线", "欢迎使用");
        NoticesPage page = new NoticesPage(notices, jurisdictions, "370100");

        PublicPages.Rendered city = pages.render(page, "notices", Map.of(), Map.of());
        assertThat(city.view().title()).isEqualTo("通知公告");
        assertThat(city.view().canonical()).isEqualTo("notices");
        assertThat(city.html())
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>")
                .doesNotContain("历下区大厅搬迁");
        assertThat(city.html().indexOf("新版指南上线")).isLessThan(city.html().indexOf("春节开放时间"));

        PublicPages.Rendered lixia = pages.render(page, "notices", Map.of(), Map.of("jurisdiction", List.of("370102")));
        assertThat(lixia.html()).contains("历下区大厅搬迁", "春节开放时间", "<option value=\"370102\" selected>");
        assertThat(lixia.view().canonical()).isEqualTo("notices?jurisdiction=370102");

        PublicPages.Rendered unknown =
                pages.render(page, "notices", Map.of(), Map.of("jurisdiction", List.of("999999")));
        assertThat(unknown.view().canonical()).isEqualTo("notices");
    }

    @Test
    void theHomePageShowsTheFiveNewestWithLinksToTheirPlace() {
        for (int i = 1; i <= 7; i++) {
            notices.publish("370100", "公告" + i, "正文");
        }
        PublicPage section = request -> new LatestNoticesSection(notices, "370100").render(request);
        String html = pages.render(section, "", Map.of(), Map.of()).html();
        assertThat(html).contains("公告7", "公告3", "href=\"/notices#notice-7\"").doesNotContain("公告2<");
    }
}
