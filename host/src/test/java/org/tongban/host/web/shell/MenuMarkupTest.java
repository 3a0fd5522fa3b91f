package org.tongban.host.web.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongban.host.web.shell.MenuMarkup.Link;

class MenuMarkupTest {

    @Test
    void groupsFoldIntoDetailsWhereTheirFirstLinkStands() {
        String html = MenuMarkup.render(
                List.of(
                        new Link("", "控制台首页", "/console", "vaadin:home"),
                        new Link("system", "用户管理", "/console/users", "vaadin:users"),
                        new Link("", "公告管理", "/console/notices", null),
                        new Link("system", "审计日志", "/console/audit", "vaadin:archive")),
                key -> key.equals("system") ? "系统管理" : key);

        assertThat(html)
                .startsWith(
                        "<ul><li><a router-link href=\"/console\"><vaadin-icon aria-hidden=\"true\" icon=\"vaadin:home\">")
                .contains("<details open><summary>系统管理</summary><ul><li><a router-link href=\"/console/users\">")
                .contains("<span>审计日志</span></a></li></ul></details>");
        assertThat(html.indexOf("审计日志")).isLessThan(html.indexOf("公告管理"));
        assertThat(html).contains("icon=\"vaadin:file-text-o\"></vaadin-icon><span>公告管理</span>");
    }

    @Test
    void titlesFromBundlesCannotInjectMarkup() {
        String html = MenuMarkup.render(
                List.of(new Link("", "<img src=x onerror=alert(1)>", "/console/x\"onclick=\"y", "bad")), key -> key);

        assertThat(html)
                .doesNotContain("<img")
                .contains("&lt;img src=x onerror=alert(1)&gt;")
                .contains("href=\"/console/x&quot;onclick=&quot;y\"");
    }

    @Test
    void tilesAreLinksWithTheTileClass() {
        String html = MenuMarkup.tiles(List.of(new Link("", "公告管理", "/console/notices", "vaadin:bell")));

        assertThat(html)
                .isEqualTo(
                        "<a class=\"tb-tile\" router-link href=\"/console/notices\"><vaadin-icon aria-hidden=\"true\""
                                + " icon=\"vaadin:bell\"></vaadin-icon><span>公告管理</span></a>");
    }
}
