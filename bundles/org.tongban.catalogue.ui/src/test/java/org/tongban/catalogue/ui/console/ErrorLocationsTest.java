package org.tongban.catalogue.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Error locations lead to the field or the row they are about. */
class ErrorLocationsTest {

    @Test
    void theFirstKeyNamesTheField() {
        assertThat(ErrorLocations.topLevel("name")).isEqualTo("name");
        assertThat(ErrorLocations.topLevel("materials[2].name")).isEqualTo("materials");
        assertThat(ErrorLocations.topLevel("promisedLimitDays")).isEqualTo("promisedLimitDays");
        assertThat(ErrorLocations.topLevel("事项表第14行.name")).isEqualTo("事项表第14行");
        assertThat(ErrorLocations.topLevel("")).isEmpty();
        assertThat(ErrorLocations.topLevel(null)).isEmpty();
    }

    // The console's own Chinese texts, so that the test reads what a clerk reads.
    private static final Map<String, String> CHINESE = chinese();

    private static Map<String, String> chinese() {
        java.util.Properties texts = new java.util.Properties();
        try (var in = new java.io.InputStreamReader(
                ErrorLocationsTest.class.getResourceAsStream("/i18n/catalogue-ui.properties"),
                java.nio.charset.StandardCharsets.UTF_8)) {
            texts.load(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Map<String, String> map = new java.util.HashMap<>();
        texts.stringPropertyNames().forEach(k -> map.put(k, texts.getProperty(k)));
        return map;
    }

    private static String describe(String location) {
        return ErrorLocations.describe(
                location, (key, params) -> MessageFormat.format(CHINESE.getOrDefault(key, key), params));
    }

    @Test
    void locationsReadAsTheFormNamesThings() {
        assertThat(describe("name")).isEqualTo("事项名称");
        assertThat(describe("materials[2].name")).isEqualTo("申请材料 · 第 3 项 · 材料名称");
        assertThat(describe("steps[0]")).isEqualTo("办理流程 · 第 1 项");
        assertThat(describe("materials[1].color")).isEqualTo("申请材料 · 第 2 项 · color");
        assertThat(describe("事项表第14行.name")).isEqualTo("事项表第14行.name");
        assertThat(describe(null)).isEmpty();
    }

    @Test
    void aLimitsLocationNamesTheLimit() {
        assertThat(describe("limits.legal.amount")).isEqualTo("办理时限 · 法定时限");
        assertThat(describe("limits.other")).isEqualTo("办理时限 · other");
    }

    @Test
    void theImplementationListElementsReadAsTheirFields() {
        assertThat(describe("authority.creditCode")).isEqualTo("实施主体与承办机构 · 实施主体统一社会信用代码");
        assertThat(describe("authority.jointDepartments[1]")).isEqualTo("实施主体与承办机构 · 联办机构 · 第 2 项");
        assertThat(describe("nationalCodes.implementationCode")).isEqualTo("基本信息 · 国家实施编码");
        assertThat(describe("intermediaries[0].legalBasis")).isEqualTo("中介服务 · 第 1 项 · 设定依据");
        assertThat(describe("steps[1].limit.amount")).isEqualTo("办理流程 · 第 2 项 · 环节时限");
        assertThat(describe("complaint")).isEqualTo("投诉渠道");
    }

    @Test
    void theIndexNamesTheRow() {
        assertThat(ErrorLocations.index("materials[2].name")).isEqualTo(2);
        assertThat(ErrorLocations.index("steps[10]")).isEqualTo(10);
        assertThat(ErrorLocations.index("name")).isEqualTo(-1);
        assertThat(ErrorLocations.index("materials[x].name")).isEqualTo(-1);
        assertThat(ErrorLocations.index(null)).isEqualTo(-1);
    }
}
