package org.tongban.host.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryStringsTest {

    @Test
    void completeEscapesOfValidUtf8AreWellFormed() {
        assertThat(QueryStrings.wellFormed(null)).isTrue();
        assertThat(QueryStrings.wellFormed("")).isTrue();
        assertThat(QueryStrings.wellFormed("q=%E5%8A%9E%E4%BA%8B&page=2&size=")).isTrue();
        assertThat(QueryStrings.wellFormed("q=a+b&flag")).isTrue();
        assertThat(QueryStrings.wellFormed("v-r=uidl&v-uiId=0")).isTrue();
    }

    @Test
    void incompleteEscapesAndInvalidUtf8AreNot() {
        for (String bad : new String[] {
            "page=%zz", "q=%", "q=%%", "q=%ff%fe", "q=%C0%80", "q=%ED%A0%80", "q=%4", "%zz=1", "q=%c0%ae%c0%ae%c0%af"
        }) {
            assertThat(QueryStrings.wellFormed(bad)).as(bad).isFalse();
        }
    }
}
