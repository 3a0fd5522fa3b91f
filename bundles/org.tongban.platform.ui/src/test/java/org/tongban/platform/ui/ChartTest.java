package org.tongban.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongban.platform.ui.internal.EchartsScript;
import org.tongban.testing.ui.UiTestSupport;

class ChartTest extends UiTestSupport {

    @Test
    void theBundleCarriesTheScriptAtAVersionedAddress() {
        assertThat(EchartsScript.available()).isTrue();
        assertThat(EchartsScript.path()).matches("tongban-ui/echarts-[0-9a-f]{12}\\.min\\.js");
        assertThat(EchartsScript.register(ui.getSession())).isEqualTo(EchartsScript.path());
        EchartsScript.register(ui.getSession());
        assertThat(ui.getSession().getRequestHandlers()).hasSize(1);
    }

    @Test
    void barOptionsNameAxesAndSeries() {
        Chart chart = new Chart(Chart.Type.BAR, "近 3 天搜索量")
                .setCategories(List.of("3月1日", "3月2日", "3月3日"))
                .addSeries("搜索", List.of(12, 30, 7));

        assertThat(chart.optionJson())
                .contains("\"xAxis\":{\"type\":\"category\",\"data\":[\"3月1日\",\"3月2日\",\"3月3日\"]}")
                .contains("\"series\":[{\"name\":\"搜索\",\"type\":\"bar\",\"data\":[12,30,7]}]");
    }

    @Test
    void horizontalBarsAndPiesAndLines() {
        Chart bars = new Chart(Chart.Type.HORIZONTAL_BAR, "热门")
                .setCategories(List.of("社保"))
                .addSeries("次数", List.of(5));
        assertThat(bars.optionJson()).contains("\"yAxis\":{\"type\":\"category\"");
        Chart pie = new Chart(Chart.Type.PIE, "占比")
                .setCategories(List.of("有结果", "无结果"))
                .addSeries("查询", List.of(8, 2));
        assertThat(pie.optionJson()).contains("{\"name\":\"无结果\",\"value\":2}");
        Chart line =
                new Chart(Chart.Type.LINE, "趋势").setCategories(List.of("一")).addSeries("量", List.of(1.5));
        assertThat(line.optionJson()).contains("\"type\":\"line\"").contains("[1.5]");
    }

    @Test
    void userTextCannotBreakOutOfTheScript() {
        Chart chart = new Chart(Chart.Type.BAR, "</script><script>alert(1)</script>")
                .setCategories(List.of("\"引号\"\n换行"))
                .addSeries("s", List.of(Double.NaN));

        assertThat(chart.optionJson())
                .doesNotContain("</script>")
                .contains("\\u003c/script\\u003e")
                .contains("\\\"引号\\\"\\n换行")
                .contains("[null]");
    }

    @Test
    void theDataIsATableForScreenReadersAndOnRequest() {
        Chart chart = new Chart(Chart.Type.BAR, "近 2 天搜索量")
                .setCategories(List.of("3月1日", "3月2日"))
                .addSeries("搜索", List.of(12, 30));

        assertThat(chart.getElement().getAttribute("role")).isEqualTo("figure");
        assertThat(chart.getElement().getAttribute("aria-label")).isEqualTo("近 2 天搜索量");
        assertThat(chart.getElement().getChild(0).getAttribute("aria-hidden")).isEqualTo("true");
        var table = chart.getElement().getChild(2);
        assertThat(table.getTag()).isEqualTo("table");
        assertThat(table.getTextRecursively())
                .contains("近 2 天搜索量")
                .contains("3月2日")
                .contains("30");
        assertThat(table.getStyle().get("clip")).isNotNull();

        Button toggle = all(chart, Button.class).getFirst();
        assertThat(toggle.getText()).isEqualTo("数据表");
        toggle.click();
        assertThat(chart.isTableShown()).isTrue();
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(table.getStyle().get("clip")).isNull();
    }

    @Test
    void attachingDrawsThroughTheSessionsScript() {
        Chart chart = new Chart(Chart.Type.BAR, "图").setCategories(List.of("a")).addSeries("s", List.of(1));
        ui.add(chart);

        assertThat(ui.getSession().getRequestHandlers()).hasSize(1);
    }
}
