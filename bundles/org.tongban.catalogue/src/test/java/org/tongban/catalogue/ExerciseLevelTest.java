package org.tongban.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tongban.platform.api.security.Jurisdiction;

/** The exercise-level digit of a national implementation code, GB/T 39554.1-2020 as the national platform uses it. */
class ExerciseLevelTest {

    @Test
    void everyDigitFromOneToSixIsALevel_GBT39554() {
        assertThat(ExerciseLevel.ofDigit('1')).contains(ExerciseLevel.NATIONAL);
        assertThat(ExerciseLevel.ofDigit('2')).contains(ExerciseLevel.PROVINCE);
        assertThat(ExerciseLevel.ofDigit('3')).contains(ExerciseLevel.CITY);
        assertThat(ExerciseLevel.ofDigit('4')).contains(ExerciseLevel.COUNTY);
        assertThat(ExerciseLevel.ofDigit('5')).contains(ExerciseLevel.TOWN);
        assertThat(ExerciseLevel.ofDigit('6')).contains(ExerciseLevel.VILLAGE);
        assertThat(ExerciseLevel.ofDigit('0')).isEmpty();
        assertThat(ExerciseLevel.ofDigit('7')).isEmpty();
    }

    @Test
    void eachLevelOfTheJurisdictionTreeHasItsDigit() {
        assertThat(ExerciseLevel.of(Jurisdiction.Level.PROVINCE).digit()).isEqualTo('2');
        assertThat(ExerciseLevel.of(Jurisdiction.Level.CITY).digit()).isEqualTo('3');
        assertThat(ExerciseLevel.of(Jurisdiction.Level.COUNTY).digit()).isEqualTo('4');
        assertThat(ExerciseLevel.of(Jurisdiction.Level.TOWN).digit()).isEqualTo('5');
        assertThat(ExerciseLevel.of(Jurisdiction.Level.VILLAGE).digit()).isEqualTo('6');
        assertThat(ExerciseLevel.NATIONAL.jurisdictionLevel()).isNull();
    }
}
