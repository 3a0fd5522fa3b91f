package org.tongban.host.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HealthAccessTest {

    @Test
    void onlyLoopbackLiteralsCountAsThisMachine() {
        assertThat(HealthAccess.isLoopback("127.0.0.1")).isTrue();
        assertThat(HealthAccess.isLoopback("127.1.2.3")).isTrue();
        assertThat(HealthAccess.isLoopback("::1")).isTrue();
        assertThat(HealthAccess.isLoopback("[0:0:0:0:0:0:0:1]")).isTrue();
        assertThat(HealthAccess.isLoopback("10.0.0.5")).isFalse();
        assertThat(HealthAccess.isLoopback("203.0.113.9")).isFalse();
        assertThat(HealthAccess.isLoopback("localhost"))
                .as("names are never looked up")
                .isFalse();
        assertThat(HealthAccess.isLoopback(null)).isFalse();
    }
}
