package org.tongban.host.web.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tongban.platform.api.work.WorkItem;
import org.tongban.platform.api.work.WorkItemSource;
import org.tongban.platform.api.work.WorkUrgency;

/** The console home's 我的待办 section over sources given as plain objects (the real ones are tested in their bundles). */
class WorkListTest {
    private static final Map<String, String> ZH = Map.ofEntries(
            Map.entry("console.work.empty", "暂无待办"),
            Map.entry("console.work.partial", "部分待办暂时无法读取，请稍后刷新本页。"),
            Map.entry("console.work.count", "{0} 件"),
            Map.entry("console.work.overdue", "已超期"),
            Map.entry("console.work.dueSoon", "即将到期"),
            Map.entry("console.work.reason", "原因：{0}"),
            Map.entry("console.work.label", "{0}，{1}"),
            Map.entry("console.work.labelUrgent", "{0}，{1}，{2}"),
            Map.entry("hotline.sign", "待签收工单"),
            Map.entry("hotline.overdue", "超期工单"),
            Map.entry("catalogue.sentBack", "退回修改：{0}"),
            Map.entry("catalogue.review", "待审核指南"));

    private static final WorkList.Messages MESSAGES =
            (key, args) -> new MessageFormat(ZH.getOrDefault(key, key), Locale.CHINA).format(args);

    private static String render(WorkItemSource... sources) {
        return WorkList.render(WorkList.collect(List.of(sources)), MESSAGES);
    }

    @Test
    void overdueWorkComesFirstWhateverTheSourceOrder() {
        WorkItemSource catalogue =
                () -> List.of(WorkItem.counted("catalogue.review", 2, "console/catalogue", WorkUrgency.NORMAL));
        WorkItemSource hotline = () -> List.of(
                WorkItem.counted("hotline.sign", 3, "console/hotline/queue", WorkUrgency.DUE_SOON),
                WorkItem.counted("hotline.overdue", 1, "console/hotline/queue", WorkUrgency.OVERDUE));

        String html = render(catalogue, hotline);

        assertThat(html.indexOf("超期工单")).isLessThan(html.indexOf("待签收工单"));
        assertThat(html.indexOf("待签收工单")).isLessThan(html.indexOf("待审核指南"));
        assertThat(html)
                .contains("<li class=\"tb-work tb-work-overdue\"><a router-link href=\"/console/hotline/queue\""
                        + " aria-label=\"超期工单，1 件，已超期\">")
                .contains("aria-label=\"待审核指南，2 件\"><span class=\"tb-work-title\">待审核指南</span>"
                        + "<span class=\"tb-work-count\" aria-hidden=\"true\">2</span></a>")
                .doesNotContain("暂无待办");
    }

    @Test
    void aSentBackDraftShowsItsReasonAsTextNeverMarkup() {
        WorkItemSource catalogue = () -> List.of(new WorkItem(
                "catalogue.sentBack",
                List.of("食品经营许可<b>"),
                1,
                "console/catalogue/370102-SJJ-XK-001",
                WorkUrgency.NORMAL,
                "材料清单缺少<script>alert(1)</script>营业执照"));

        String html = render(catalogue);

        assertThat(html)
                .contains("退回修改：食品经营许可&lt;b&gt;")
                .contains("<p class=\"tb-work-reason\">原因：材料清单缺少&lt;script&gt;alert(1)&lt;/script&gt;营业执照</p>")
                .doesNotContain("<script>", "<b>");
    }

    @Test
    void nothingWaitingSaysSoOnlyWhenEverySourceAnswered() {
        WorkItemSource idle = List::of;
        WorkItemSource broken = () -> {
            throw new IllegalStateException("database down");
        };

        assertThat(render(idle)).isEqualTo("<p class=\"tb-work-empty\">暂无待办</p>");
        assertThat(render()).as("a city without to-do sources").contains("暂无待办");
        assertThat(render(idle, broken))
                .doesNotContain("暂无待办")
                .contains("<p class=\"tb-work-partial\" role=\"status\">部分待办暂时无法读取");
    }

    @Test
    void aFailingSourceIsSkippedAndTheOthersStillShow() {
        WorkItemSource broken = () -> {
            throw new IllegalStateException("database down");
        };
        WorkItemSource hotline =
                () -> List.of(WorkItem.counted("hotline.sign", 4, "console/hotline/queue", WorkUrgency.NORMAL));

        WorkList.Collected collected = WorkList.collect(List.of(broken, hotline));

        assertThat(collected.complete()).isFalse();
        assertThat(collected.items()).extracting(WorkItem::count).containsExactly(4L);
        assertThat(WorkList.render(collected, MESSAGES)).contains("待签收工单", "部分待办暂时无法读取");
    }
}
