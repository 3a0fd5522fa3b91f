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

    private static final Map<String, String> CHINESE = Map.of(
            "catalogue.console.name", "事项名称",
            "catalogue.console.section.materials", "申请材料",
            "catalogue.console.material.name", "材料名称",
            "catalogue.console.section.steps", "办理流程",
            "catalogue.console.section.limits", "办理时限",
            "catalogue.console.legalLimitDays", "法定时限",
            "catalogue.console.errors.row", "第 {0} 项");

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
    void theIndexNamesTheRow() {
        assertThat(ErrorLocations.index("materials[2].name")).isEqualTo(2);
        assertThat(ErrorLocations.index("steps[10]")).isEqualTo(10);
        assertThat(ErrorLocations.index("name")).isEqualTo(-1);
        assertThat(ErrorLocations.index("materials[x].name")).isEqualTo(-1);
        assertThat(ErrorLocations.index(null)).isEqualTo(-1);
    }
}
