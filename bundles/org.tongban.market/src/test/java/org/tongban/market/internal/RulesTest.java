package org.tongban.market.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.tongban.market.MarketRules;

/** The configuration's defaults are the documented rules, each with its source. */
class RulesTest {

    @Test
    void theDefaultsAreTheDocumentedRules() {
        MarketRules rules = Rules.of(MarketFixture.defaults(MarketConfig.class));
        assertThat(rules).isEqualTo(MarketRules.DEFAULTS);
        // 中央预算单位政府集中采购目录及标准（2020年版）：服务类分散采购限额标准 100万元
        assertThat(rules.fiscalThreshold()).isEqualByComparingTo("1000000");
        // 优化营商环境条例 第四十三条: no designated intermediaries on public money
        assertThat(rules.fiscalDirectAllowed()).isFalse();
        // issue 17 / Yingkou measure 43: at least 3 candidates for a fiscal draw, factor in [95%, 98%]
        assertThat(rules.minDrawCandidates()).isEqualTo(3);
        assertThat(rules.factorLow()).isEqualByComparingTo("0.95");
        assertThat(rules.factorHigh()).isEqualByComparingTo("0.98");
        // issue 17 / Yingkou measures 44–45: 100 = 70 regulator + 10 enterprise credit + 20 ratings; 3 refusals a year
        assertThat(rules.regulatorWeight() + rules.enterpriseWeight() + rules.ratingsWeight())
                .isEqualTo(100);
        assertThat(rules.refusalsForBlacklist()).isEqualTo(3);
        assertThat(rules.lateWorkingDays()).isEqualTo(10);
        assertThat(rules.qualificationWarningDays()).isEqualTo(30);
    }

    @Test
    void aCityConfigurationThatMakesNoSenseIsRefused() {
        MarketConfig config = MarketFixture.defaults(MarketConfig.class);
        MarketConfig swapped = (MarketConfig) java.lang.reflect.Proxy.newProxyInstance(
                MarketConfig.class.getClassLoader(),
                new Class<?>[] {MarketConfig.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "factorLow" -> "0.99";
                    case "factorHigh" -> "0.95";
                    default -> method.invoke(config, args);
                });
        assertThatThrownBy(() -> Rules.of(swapped)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new BigDecimal("0.95")).isEqualByComparingTo(MarketRules.DEFAULTS.factorLow());
    }
}
