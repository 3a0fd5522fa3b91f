package org.tongban.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GB 32100-2015 统一社会信用代码, with the example of the standard itself. */
class CreditCodesTest {

    @Test
    void theStandardsExamplePasses() {
        // GB 32100-2015, 附录 A: 91350100M000100Y43.
        assertThat(CreditCodes.problem("91350100M000100Y43")).isEmpty();
        assertThat(CreditCodes.check("91350100M000100Y4")).isEqualTo('3');
    }

    @ParameterizedTest
    @CsvSource({
        "91350100M000100Y44, intake.error.creditCodeCheck",
        "91350100M000100Y4, intake.error.creditCodeFormat",
        // I, O, Z, S and V are not used, so that they are not mistaken for 1, 0, 2, 5 and U.
        "91350100M000100I43, intake.error.creditCodeFormat",
        "9135010OM000100Y43, intake.error.creditCodeFormat",
        "91350100m000100y43, intake.error.creditCodeFormat"
    })
    void malformedCodesAreNamed(String code, String key) {
        assertThat(CreditCodes.problem(code)).hasValue(key);
    }
}
