package org.tongban.platform.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tongban.platform.api.security.PasswordRefusal;

/** The hashing and policy other bundles' accounts use are the staff accounts' own. */
class ArgonPasswordHashingTest {
    private final ArgonPasswordHashing hashing = new ArgonPasswordHashing();

    @Test
    void hashesWithArgon2AndMatchesOnlyThePassword() {
        String hash = hashing.hash("Quanshui2026x".toCharArray());

        assertThat(hash).startsWith("$shiro2$argon2id$");
        assertThat(hashing.matches("Quanshui2026x".toCharArray(), hash)).isTrue();
        assertThat(hashing.matches("Quanshui2026y".toCharArray(), hash)).isFalse();
        assertThat(hashing.matches("Quanshui2026x".toCharArray(), null)).isFalse();
    }

    @Test
    void refusesWhatTheStaffPolicyRefuses() {
        assertThat(hashing.refusal("zhangsan", null, "short1".toCharArray()))
                .map(PasswordRefusal::key)
                .hasValue(PasswordRefusal.LENGTH);
        assertThat(hashing.refusal("zhangsan", null, "Zhangsan2026".toCharArray()))
                .map(PasswordRefusal::key)
                .hasValue(PasswordRefusal.USERNAME);
        assertThat(hashing.refusal("zhangsan", null, "Password2026!".toCharArray()))
                .map(PasswordRefusal::key)
                .hasValue(PasswordRefusal.COMMON);
        assertThat(hashing.refusal("zhangsan", null, "Baotu7quan-Lixia".toCharArray()))
                .isEmpty();
    }
}
