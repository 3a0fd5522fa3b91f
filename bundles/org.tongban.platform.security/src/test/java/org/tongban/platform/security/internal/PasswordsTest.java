package org.tongban.platform.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PasswordsTest {

    @Test
    void hashesAreArgon2AndSalted() {
        Passwords passwords = new Passwords();
        String first = passwords.hash("Quancheng2026".toCharArray());
        String second = passwords.hash("Quancheng2026".toCharArray());
        assertThat(first).startsWith("$shiro2$argon2id$").isNotEqualTo(second);
        assertThat(passwords.matches("Quancheng2026".toCharArray(), first)).isTrue();
        assertThat(passwords.matches("Quancheng2027".toCharArray(), first)).isFalse();
    }

    @Test
    void policy() {
        assertThat(Passwords.policyViolation(null, "Abcdefgh12".toCharArray())).isNull();
        assertThat(Passwords.policyViolation(null, "Abcdefg12".toCharArray())).isNotNull();
        assertThat(Passwords.policyViolation(null, "abcdefghijk".toCharArray())).isNotNull();
        assertThat(Passwords.policyViolation(null, "12345678901".toCharArray())).isNotNull();
        assertThat(Passwords.policyViolation("Abcdefgh12".toCharArray(), "Abcdefgh12".toCharArray()))
                .isNotNull();
        assertThat(Passwords.policyViolation(null, null)).isNotNull();
    }

    @Test
    void generatedPasswordsSatisfyThePolicyAndDiffer() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            char[] password = Passwords.generate();
            assertThat(password).hasSizeGreaterThanOrEqualTo(16);
            assertThat(Passwords.policyViolation(null, password)).isNull();
            seen.add(new String(password));
        }
        assertThat(seen).hasSize(200);
    }
}
