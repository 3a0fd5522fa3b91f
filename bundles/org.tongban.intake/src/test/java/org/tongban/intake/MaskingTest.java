package org.tongban.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a clerk without {@code intake:pii} sees of an applicant. */
class MaskingTest {

    @Test
    void identifiersKeepTheirFirstAndLastFourCharacters() {
        assertThat(Masking.identifier("11010519491231002X")).isEqualTo("1101**********002X");
        assertThat(Masking.identifier("91350100M000100Y43")).isEqualTo("9135**********0Y43");
        assertThat(Masking.identifier("1234")).isEqualTo("****");
    }

    @Test
    void personsKeepTheirFamilyNameAndOrganisationsTheirName() {
        assertThat(Applicant.person("欧阳娜娜", "11010519491231002X").masked())
                .isEqualTo(Applicant.person("欧***", "1101**********002X"));
        assertThat(Applicant.organisation("济南泉城餐饮管理有限公司", "91350100M000100Y43")
                        .masked()
                        .name())
                .isEqualTo("济南泉城餐饮管理有限公司");
        assertThat(new Agent("王芳", "440524188001010014", "WT-1").masked())
                .isEqualTo(new Agent("王*", "4405**********0014", "WT-1"));
    }
}
