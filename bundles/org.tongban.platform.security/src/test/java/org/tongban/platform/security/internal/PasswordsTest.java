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
        assertThat(Passwords.policyViolation(null, null, "Hzkwpmtr12".toCharArray()))
                .isNull();
        assertThat(Passwords.policyViolation(null, null, "Hzkwpmt12".toCharArray()))
                .isNotNull();
        assertThat(Passwords.policyViolation(null, null, "abcdefghijk".toCharArray()))
                .isNotNull();
        assertThat(Passwords.policyViolation(null, null, "12345678901".toCharArray()))
                .isNotNull();
        assertThat(Passwords.policyViolation(null, "Hzkwpmtr12".toCharArray(), "Hzkwpmtr12".toCharArray()))
                .isNotNull();
        assertThat(Passwords.policyViolation(null, null, null)).isNotNull();
    }

    @Test
    void theUsernameOrAPartOfItIsRefusedForwardsAndBackwards() {
        assertThat(Passwords.policyViolation("admin", null, "admin12345".toCharArray()))
                .isEqualTo(PasswordPolicy.USERNAME);
        assertThat(Passwords.policyViolation("admin", null, "2026NIMDAxyz".toCharArray()))
                .isEqualTo(PasswordPolicy.USERNAME);
        assertThat(Passwords.policyViolation("lixia.clerk", null, "Lixia2026spring".toCharArray()))
                .isEqualTo(PasswordPolicy.USERNAME);
        assertThat(Passwords.policyViolation("lixia.clerk", null, "Quancheng2026x".toCharArray()))
                .isNull();
        assertThat(PasswordPolicy.usernameParts("lixia.clerk")).containsExactly("lixia.clerk", "lixia", "clerk");
        assertThat(PasswordPolicy.usernameParts("li.x")).containsExactly("li.x");
    }

    @Test
    void commonPasswordsAndCommonOnesWithDigitsAroundThemAreRefused() {
        for (String weak : new String[] {
            "password12",
            "Qwerty1234",
            "Password2026!",
            "1qaz2wsx3edc",
            "woaini1314a",
            "iloveyou2026",
            "Dragon123456",
            "abc1234567",
            "Tongban2026"
        }) {
            assertThat(Passwords.policyViolation("lixia.clerk", null, weak.toCharArray()))
                    .as(weak)
                    .isEqualTo(PasswordPolicy.COMMON);
        }
        for (String fine : new String[] {"Quancheng2026x", "Baotu9spring", "济南泉城2026ab", "Mingfu7lake33"}) {
            assertThat(Passwords.policyViolation("lixia.clerk", null, fine.toCharArray()))
                    .as(fine)
                    .isNull();
        }
    }

    @Test
    void theCommonPasswordListShipsWithTheBundle() throws Exception {
        try (var in = PasswordPolicy.class.getResourceAsStream(PasswordPolicy.COMMON_LIST)) {
            assertThat(in).isNotNull();
            long words = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.startsWith("#"))
                    .count();
            assertThat(words).isGreaterThan(10_000);
        }
    }

    @Test
    void generatedPasswordsSatisfyThePolicyAndDiffer() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            char[] password = Passwords.generate();
            assertThat(password).hasSizeGreaterThanOrEqualTo(16);
            assertThat(Passwords.policyViolation(null, null, password)).isNull();
            seen.add(new String(password));
        }
        assertThat(seen).hasSize(200);
    }
}
