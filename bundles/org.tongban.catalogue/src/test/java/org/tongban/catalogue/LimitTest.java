package org.tongban.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LimitTest {

    @Test
    void limitsShowWithTheirUnitsAsGuidesWriteThem() {
        assertThat(Limit.naturalDays(60).text()).isEqualTo("60 日");
        assertThat(Limit.workingDays(20).text()).isEqualTo("20 个工作日");
        assertThat(Limit.months(3).text()).isEqualTo("3 个月");
        assertThat(Limit.naturalHours(24).text()).isEqualTo("24 小时");
        assertThat(Limit.workingHours(4).text()).isEqualTo("4 个工作小时");
        assertThat(Limit.naturalDays(60).withNote("居民身份证法 第十二条").textWithNote()).isEqualTo("60 日（居民身份证法 第十二条）");
    }

    @Test
    void whatIsShownReadsBackTheSame() {
        for (Limit limit : new Limit[] {
            Limit.naturalDays(60).withNote("居民身份证法 第十二条"),
            Limit.workingDays(20),
            Limit.months(3).withNote("正式设立"),
            Limit.naturalHours(24),
            Limit.workingHours(4)
        }) {
            assertThat(Limit.parse(limit.textWithNote())).isEqualTo(limit);
        }
        assertThat(Limit.parse("15天")).isEqualTo(Limit.naturalDays(15));
        assertThat(Limit.parse("30 自然日")).isEqualTo(Limit.naturalDays(30));
        assertThat(Limit.parse("5工作日(行政许可法 第三十二条)"))
                .isEqualTo(Limit.workingDays(5).withNote("行政许可法 第三十二条"));
    }

    @Test
    void aNumberWithoutAUnitIsRefusedInChinese() {
        assertThatThrownBy(() -> Limit.parse("二十日"))
                .isInstanceOf(CatalogueException.class)
                .hasMessageContaining("「二十日」不是有效的时限")
                .hasMessageContaining("20 个工作日");
        assertThatThrownBy(() -> Limit.Unit.fromLabel("周")).hasMessage("「周」不是有效的时限单位，可选：工作日、工作小时、日、月、小时");
    }

    @Test
    void theUnitsAreNamedLikeTheWorkingTimeEnginesUnits() {
        // Intake maps one onto the other by name: LimitUnit.valueOf(limit.unit().name()).
        assertThat(Limit.Unit.values())
                .extracting(Enum::name)
                .containsExactly("WORKING_DAYS", "WORKING_HOURS", "NATURAL_DAYS", "MONTHS", "NATURAL_HOURS");
    }

    @Test
    void theStatutoryDefaultsComeFromTheAdministrativeLicensingLaw() {
        // 行政许可法 第三十二条 (5 日 to decide on acceptance), 第四十四条 (10 日 to deliver), 第八十二条 (working days).
        assertThat(GuideLimits.ACCEPTANCE_DEFAULT.text()).isEqualTo("5 个工作日");
        assertThat(GuideLimits.DELIVERY_DEFAULT.text()).isEqualTo("10 个工作日");
        assertThat(new Extension(1, Limit.workingDays(10), ApproverLevel.AGENCY_HEAD).text())
                .isEqualTo("可延长 1 次，每次 10 个工作日，经本机关负责人批准");
    }
}
