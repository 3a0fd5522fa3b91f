package org.tongban.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OpenCcTraditionalScriptTest {
    private final OpenCcTraditionalScript script = new OpenCcTraditionalScript();

    @Test
    void aPageTurnsTraditionalWithItsMarkupAndAddressesUntouched() {
        String page = "<li><a href=\"/guides?department=370100-SJJ\" aria-label=\"济南市市场监督管理局\">营业执照办理"
                + "</a> · 原件 1 份，复印件 0 份</li>";

        String converted = script.toTraditional(page);

        assertThat(converted)
                .contains("<a href=\"/guides?department=370100-SJJ\" aria-label=\"濟南市市場監督管理局\">")
                .contains("營業執照辦理", "原件 1 份，複印件 0 份")
                .doesNotContain("济南", "营业");
        assertThat(script.toTraditional("Jinan 12345")).isEqualTo("Jinan 12345");
    }
}
