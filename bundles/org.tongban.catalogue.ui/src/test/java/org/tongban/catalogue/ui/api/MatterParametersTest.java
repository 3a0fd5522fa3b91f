package org.tongban.catalogue.ui.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tongban.catalogue.MatterQuery;
import org.tongban.catalogue.ServedAudience;

class MatterParametersTest {

    private static MatterQuery query(String... nameValues) {
        Map<String, String[]> parameters = new java.util.LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            parameters.put(nameValues[i], new String[] {nameValues[i + 1]});
        }
        return MatterParameters.query(parameters, "370100");
    }

    @Test
    void noParametersMeansTheCityFirstPageOfTwenty() {
        assertThat(query()).isEqualTo(new MatterQuery("370100", null, null, null, null, 0, 20));
    }

    @Test
    void readsEveryFilterAndEmptyValuesCountAsAbsent() {
        assertThat(query(
                        "jurisdiction",
                        "370102",
                        "department",
                        "370102-SJJ",
                        "audience",
                        "法人",
                        "page",
                        "2",
                        "size",
                        "50"))
                .isEqualTo(new MatterQuery("370102", "370102-SJJ", ServedAudience.LEGAL_PERSON, null, null, 2, 50));
        assertThat(query("department", "", "audience", " ", "page", "")).isEqualTo(query());
    }

    @ParameterizedTest
    @ValueSource(strings = {"自然人", "个人", "natural_person", "NATURAL_PERSON"})
    void acceptsTheNamesOfCitizensAudience(String value) {
        assertThat(query("audience", value).audience()).isEqualTo(ServedAudience.NATURAL_PERSON);
    }

    @Test
    void refusesABadAudienceNamingTheValidOnes() {
        assertThatThrownBy(() -> query("audience", "企业"))
                .isInstanceOf(BadRequest.class)
                .hasMessage("参数 audience 只能是 自然人（个人）或 法人，收到：企业");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "abc", "1.5", "1e3", "9999999999"})
    void refusesAPageThatIsNotANonNegativeInteger(String page) {
        assertThatThrownBy(() -> query("page", page))
                .isInstanceOf(BadRequest.class)
                .hasMessageStartingWith("参数 page 应为不小于 0 的整数");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "101", "1000"})
    void refusesASizeOutsideOneToHundred(String size) {
        assertThatThrownBy(() -> query("size", size))
                .isInstanceOf(BadRequest.class)
                .hasMessage("参数 size 应在 1 到 100 之间，收到：" + size);
        assertThat(query("size", "100").size()).isEqualTo(100);
    }

    @ParameterizedTest
    @ValueSource(strings = {"3701", "37010A", "3701020011", "370102'--"})
    void refusesAJurisdictionThatIsNoDivisionCode(String code) {
        assertThatThrownBy(() -> query("jurisdiction", code))
                .isInstanceOf(BadRequest.class)
                .hasMessageStartingWith("参数 jurisdiction 应为 6、9 或 12 位数字的行政区划代码");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>", "a b", "../etc", "-SJJ", "部门"})
    void refusesCodesWithIllegalCharacters(String code) {
        assertThatThrownBy(() -> query("department", code))
                .isInstanceOf(BadRequest.class)
                .hasMessageStartingWith("参数 department 只能包含字母、数字、点、连字符和下划线");
        assertThatThrownBy(() -> MatterParameters.code("code", "x".repeat(65))).isInstanceOf(BadRequest.class);
    }

    @Test
    void refusesARepeatedParameter() {
        assertThatThrownBy(() -> MatterParameters.query(Map.of("page", new String[] {"1", "2"}), "370100"))
                .isInstanceOf(BadRequest.class)
                .hasMessage("参数 page 只能出现一次");
    }

    @Test
    void echoesOnlyTheStartOfAHugeBadValue() {
        assertThatThrownBy(() -> query("page", "9".repeat(5000))).hasMessageEndingWith("9".repeat(40) + "…");
    }
}
