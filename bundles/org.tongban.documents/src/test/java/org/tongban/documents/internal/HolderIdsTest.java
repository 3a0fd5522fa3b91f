package org.tongban.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GB 11643 ID numbers and GB 32100 credit codes, by their check characters. */
class HolderIdsTest {

    @ParameterizedTest
    @CsvSource({
        "11010519491231002X, true", // GB 11643-1999's example
        "110105194912310021, false", // the same with a wrong check digit
        "91350100M000100Y43, true", // a credit code as GB 32100-2015 builds them
        "91350100M000100Y44, false",
        "9135010OM000100Y43, false", // letter O is not in the code's alphabet
        "1101051949123100, false" // too short
    })
    void checkCharactersDecide(String id, boolean valid) {
        assertThat(HolderIds.valid(id)).isEqualTo(valid);
    }
}
