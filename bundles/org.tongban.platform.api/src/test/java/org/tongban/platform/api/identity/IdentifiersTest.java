package org.tongban.platform.api.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** GB 11643 identity numbers and GB 32100 credit codes: the standards' own examples, and what must be refused. */
class IdentifiersTest {

    @Test
    void theStandardsExamplesAreValid() {
        assertThat(IdentityNumbers.isValid("11010519491231002X"))
                .as("GB 11643-1999, annex")
                .isTrue();
        assertThat(IdentityNumbers.isValid("11010519491231002x"))
                .as("lower-case x is accepted")
                .isTrue();
        assertThat(IdentityNumbers.isValid(" 370102199003071238 ")).isTrue();
        assertThat(CreditCodes.isValid("91350100M000100Y43"))
                .as("GB 32100-2015, example")
                .isTrue();
        assertThat(CreditCodes.isValid("91370100ma3c9xxx08")).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "110105194912310021", // wrong check digit
                "11010519491331002X", // month 13
                "11010519490230002X", // 30 February
                "1101051949123100X2", // X in the middle
                "11010519491231002", // 17 characters
                "21010530000101001X" // born in the future
            })
    void malformedIdentityNumbersAreRefused(String number) {
        assertThat(IdentityNumbers.isValid(number)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "91350100M000100Y44", // wrong check character
                "91350100M000100I43", // I is not in the alphabet
                "913501A0M000100Y43", // letter in the area code
                "91350100M000100Y4" // 17 characters
            })
    void malformedCreditCodesAreRefused(String code) {
        assertThat(CreditCodes.isValid(code)).isFalse();
    }

    @Test
    void aPersonsNumberIsMaskedAndAnOrganisationsCodeIsNot() {
        assertThat(IdentityNumbers.mask("11010519491231002x")).isEqualTo("110105********002X");
        assertThat(ApplicantKind.of("11010519491231002X")).isEqualTo(ApplicantKind.PERSON);
        assertThat(ApplicantKind.of("91350100M000100Y43")).isEqualTo(ApplicantKind.ORGANISATION);
        assertThat(ApplicantKind.of("123")).isNull();
        assertThat(ApplicantKind.display("91350100M000100Y43")).isEqualTo("91350100M000100Y43");
        assertThat(ApplicantKind.display("370102199003071238")).isEqualTo("370102********1238");
    }
}
