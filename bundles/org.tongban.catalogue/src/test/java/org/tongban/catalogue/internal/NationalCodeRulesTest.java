package org.tongban.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongban.catalogue.NationalCodes;
import org.tongban.catalogue.ValidationError;
import org.tongban.platform.api.security.Jurisdiction;

/**
 * The structure of the national codes, GB/T 39554.1-2020: base code 12 digits; implementation code 31 characters made
 * of the body's unified social credit code (GB 32100, with its check character), the exercise level and the base code.
 */
class NationalCodeRulesTest {
    // 国家市场监督管理总局, a published code (see CreditCodesTest).
    private static final String CREDIT = "11100000MB0143028R";
    private static final String BASE = "000123004000";

    private static List<String> check(String base, String implementation, String bodyCredit, Jurisdiction.Level level) {
        List<ValidationError> errors = new ArrayList<>();
        new NationalCodeRules(errors)
                .check(new NationalCodes(base, implementation), bodyCredit, level, "nationalCodes");
        return errors.stream().map(ValidationError::toString).toList();
    }

    @Test
    void wellFormedCodesPass_GBT39554() {
        assertThat(check(BASE, CREDIT + "3" + BASE, CREDIT, Jurisdiction.Level.CITY))
                .isEmpty();
        assertThat(check(null, null, CREDIT, Jurisdiction.Level.CITY))
                .as("both are optional")
                .isEmpty();
        assertThat(check(null, CREDIT + "4" + BASE, null, null))
                .as("without a base code, a recorded credit code or a known level only the structure is checked")
                .isEmpty();
    }

    @Test
    void theBaseCodeIsTwelveDigits_GBT39554() {
        assertThat(check("00012300400", null, null, null))
                .containsExactly("nationalCodes.baseCode：国家基本编码应为12位数字（主项、子项、业务办理项），当前为「00012300400」");
        assertThat(check("00012300400A", null, null, null)).hasSize(1);
    }

    @Test
    void theImplementationCodeIsThirtyOneCharacters_GBT39554() {
        assertThat(check(null, CREDIT + "3" + "00012300400", null, null))
                .containsExactly("nationalCodes.implementationCode：国家实施编码应为31位（统一社会信用代码18位＋行使层级1位＋基本编码12位），当前30位");
    }

    @Test
    void itsCreditCodePartHasAValidCheckCharacter_GB32100() {
        assertThat(check(null, "11100000MB0143028Q" + "3" + BASE, null, null))
                .containsExactly(
                        "nationalCodes.implementationCode：国家实施编码前18位应为实施主体的统一社会信用代码：统一社会信用代码校验位不符（应为「R」），请核对是否抄错");
    }

    @Test
    void itsCreditCodePartIsTheImplementingBodys() {
        assertThat(check(null, "914403001922038216" + "3" + BASE, CREDIT, null))
                .containsExactly("nationalCodes.implementationCode：国家实施编码中的统一社会信用代码「914403001922038216」与实施主体的统一社会信用代码「"
                        + CREDIT + "」不一致");
    }

    @Test
    void itsLevelDigitIsALevelAndAgreesWithTheJurisdiction_GBT39554() {
        assertThat(check(null, CREDIT + "7" + BASE, null, null))
                .containsExactly(
                        "nationalCodes.implementationCode：国家实施编码第19位「7」不是行使层级代码（1 国家级、2 省级、3 市级、4 县级、5 乡镇（街道）级、6 村（社区）级）");
        assertThat(check(null, CREDIT + "4" + BASE, null, Jurisdiction.Level.CITY))
                .containsExactly("nationalCodes.implementationCode：国家实施编码第19位的行使层级为县级，与实施区划的层级（市级）不符");
    }

    @Test
    void itEndsWithTheBaseCode_GBT39554() {
        assertThat(check(BASE, CREDIT + "3" + "000123004001", null, null))
                .containsExactly("nationalCodes.implementationCode：国家实施编码后12位「000123004001」与国家基本编码「" + BASE + "」不一致");
        assertThat(check(null, CREDIT + "3" + "00012300400X", null, null))
                .containsExactly("nationalCodes.implementationCode：国家实施编码后12位应为国家基本编码（12位数字），当前为「00012300400X」");
    }
}
