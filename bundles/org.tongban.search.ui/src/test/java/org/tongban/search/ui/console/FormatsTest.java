package org.tongban.search.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tongban.search.SynonymEntry;

/** Values and terms as clerks read and type them. */
class FormatsTest {

    @Test
    void datesAreChineseUnlessTheConsoleIsInEnglishAndTimesAreChinaStandardTime() {
        Instant lateEvening = Instant.parse("2025-03-09T16:30:00Z");

        assertThat(Formats.date(LocalDate.of(2025, 3, 5), Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("2025年3月5日");
        assertThat(Formats.date(LocalDate.of(2025, 3, 5), Locale.TRADITIONAL_CHINESE))
                .isEqualTo("2025年3月5日");
        assertThat(Formats.date(LocalDate.of(2025, 3, 5), Locale.ENGLISH)).isEqualTo("2025-03-05");
        assertThat(Formats.minutes(lateEvening, Locale.SIMPLIFIED_CHINESE)).isEqualTo("2025年3月10日 00:30");
        assertThat(Formats.minutes(lateEvening, Locale.ENGLISH)).isEqualTo("2025-03-10 00:30");
        assertThat(Formats.minutes(null, Locale.ENGLISH)).isEmpty();
    }

    @Test
    void ratesAreWholePercentagesAndADashWithoutSearches() {
        assertThat(Formats.percent(6, 48)).isEqualTo("13%");
        assertThat(Formats.percent(0, 12)).isEqualTo("0%");
        assertThat(Formats.percent(0, 0)).isEqualTo("—");
        assertThat(Formats.seconds(Duration.ofMillis(12_345))).isEqualTo("12.3");
    }

    @Test
    void termsMayBeSeparatedByAnyCommaOrSemicolonAndEmptyPiecesAreDropped() {
        assertThat(SynonymTerms.split("开饭店,开餐馆，开饭馆、开小吃店；开餐厅;\n 开店卖吃的 ,"))
                .containsExactly("开饭店", "开餐馆", "开饭馆", "开小吃店", "开餐厅", "开店卖吃的");
        assertThat(SynonymTerms.split(" ，、 ")).isEmpty();
        assertThat(SynonymTerms.split(null)).isEmpty();
    }

    @Test
    void theFilterLooksAtPhrasesAndTermsIgnoringCase() {
        SynonymEntry licence = new SynonymEntry(List.of("yyzz", "执照"), List.of("营业执照"));

        assertThat(SynonymTerms.matches(licence, "YYZZ")).isTrue();
        assertThat(SynonymTerms.matches(licence, "营业")).isTrue();
        assertThat(SynonymTerms.matches(licence, " ")).isTrue();
        assertThat(SynonymTerms.matches(licence, "身份证")).isFalse();
    }
}
