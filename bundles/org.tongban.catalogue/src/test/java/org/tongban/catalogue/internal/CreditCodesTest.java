package org.tongban.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** GB 32100-2015 check characters, on codes published in the national enterprise credit information system. */
class CreditCodesTest {

    @Test
    void publishedCodesPass() {
        assertThat(CreditCodes.problem("11100000MB0143028R")).as("国家市场监督管理总局").isNull();
        assertThat(CreditCodes.problem("914403001922038216")).as("华为技术有限公司").isNull();
        assertThat(CreditCodes.problem("91440300708461136T"))
                .as("深圳市腾讯计算机系统有限公司")
                .isNull();
        assertThat(CreditCodes.problem("91110108551385082Q")).as("小米科技有限责任公司").isNull();
    }

    @Test
    void aMistypedCharacterIsCaughtByTheCheckCharacter() {
        assertThat(CreditCodes.problem("914403001922038217")).isEqualTo("统一社会信用代码校验位不符（应为「6」），请核对是否抄错");
        assertThat(CreditCodes.problem("914403001922083216")).startsWith("统一社会信用代码校验位不符");
    }

    @Test
    void lengthCharactersAndTheJurisdictionPartAreChecked() {
        assertThat(CreditCodes.problem("91440300192203821")).isEqualTo("统一社会信用代码应为18位（当前17位）");
        assertThat(CreditCodes.problem("9144030019220382I6")).isEqualTo("统一社会信用代码第17位「I」不是有效字符（数字或除 I、O、Z、S、V 外的大写字母）");
        assertThat(CreditCodes.problem("91A403001922038216")).isEqualTo("统一社会信用代码第3至8位应为登记管理机关的行政区划代码");
    }
}
