package org.tongban.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LifeEventNamesTest {

    @Test
    void theWaysCitizensNameALifeEventShareOneCore() {
        assertThat(LifeEventNames.core("我要开药店")).isEqualTo("开药店");
        assertThat(LifeEventNames.core("开药店")).isEqualTo("开药店");
        assertThat(LifeEventNames.core("企业开办一件事")).isEqualTo("企业开办");
        assertThat(LifeEventNames.core("新生儿出生要办什么")).isEqualTo("新生儿出生");
        // Folded names carry ASCII brackets.
        assertThat(LifeEventNames.core("我要开便利店(超市)")).isEqualTo("开便利店");
    }

    @Test
    void aShortNameIsNotCutToNothing() {
        assertThat(LifeEventNames.core("我要")).isEqualTo("我要");
        assertThat(LifeEventNames.core("一件事")).isEqualTo("一件事");
        assertThat(LifeEventNames.core("退休")).isEqualTo("退休");
    }
}
