package org.tongban.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GB 11643-1999 公民身份号码, with the examples of the standard itself. */
class IdentityNumbersTest {

    @ParameterizedTest
    @CsvSource({
        // GB 11643-1999, 附录: the standard's own example with the check character X.
        "11010519491231002X",
        "370102199003071238"
    })
    void numbersOfTheStandardPass(String number) {
        assertThat(IdentityNumbers.problem(number)).isEmpty();
    }

    @Test
    void theCheckCharacterIsIso7064Mod11Of2() {
        assertThat(IdentityNumbers.check("11010519491231002")).isEqualTo('X');
        assertThat(IdentityNumbers.check("44052418800101001")).isEqualTo('4');
    }

    @ParameterizedTest
    @CsvSource({
        "110105194912310021, intake.error.idNumberCheck",
        "11010519491231002x, intake.error.idNumberFormat",
        "11010519491231002, intake.error.idNumberFormat",
        "110105194902300024, intake.error.idNumberBirthDate",
        // The standard's other example is born in 1880: the platform's check refuses births before 1900.
        "440524188001010014, intake.error.idNumberBirthDate",
        "1101051949123100 X, intake.error.idNumberFormat"
    })
    void malformedNumbersAreNamed(String number, String key) {
        assertThat(IdentityNumbers.problem(number)).hasValue(key);
    }
}
