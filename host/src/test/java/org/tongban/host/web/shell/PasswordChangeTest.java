package org.tongban.host.web.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.tongban.platform.api.security.Authenticator;
import org.tongban.platform.api.security.LoginResult;

class PasswordChangeTest {

    private static final Function<String, String> KEYS = key -> "[" + key + "]";

    /** Changes the password when the old one is right, as the security bundle does: null means success. */
    private static final class FakeAuthenticator implements Authenticator {
        final List<String> changedTo = new ArrayList<>();

        @Override
        public LoginResult login(String username, char[] password, String remoteAddress) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void bind(Object session) {}

        @Override
        public void logout(Object session) {}

        @Override
        public String changePassword(char[] oldPassword, char[] newPassword) {
            if (!"UCaHkkXe85mB6L8T".equals(new String(oldPassword))) {
                return "原密码不正确";
            }
            changedTo.add(new String(newPassword));
            return null;
        }
    }

    @Test
    void aSuccessfulChangeIsReportedAsSuccess() {
        FakeAuthenticator authenticator = new FakeAuthenticator();

        PasswordChange result = PasswordChange.submit(
                Optional.of(authenticator), "UCaHkkXe85mB6L8T", "Quancheng2026x", "Quancheng2026x", KEYS);

        assertThat(result.changed()).isTrue();
        assertThat(result.message()).isNull();
        assertThat(authenticator.changedTo).containsExactly("Quancheng2026x");
    }

    @Test
    void theAuthenticatorsRefusalIsShownAsItIs() {
        PasswordChange result = PasswordChange.submit(
                Optional.of(new FakeAuthenticator()), "wrong", "Quancheng2026x", "Quancheng2026x", KEYS);

        assertThat(result.changed()).isFalse();
        assertThat(result.message()).isEqualTo("原密码不正确");
    }

    @Test
    void differingRepetitionsAreRefusedBeforeAnythingIsChanged() {
        FakeAuthenticator authenticator = new FakeAuthenticator();

        PasswordChange result = PasswordChange.submit(
                Optional.of(authenticator), "UCaHkkXe85mB6L8T", "Quancheng2026x", "Quancheng2026y", KEYS);

        assertThat(result.changed()).isFalse();
        assertThat(result.message()).isEqualTo("[password.mismatch]");
        assertThat(authenticator.changedTo).isEmpty();
    }

    @Test
    void withoutTheSecurityServiceTheChangeIsReportedUnavailable() {
        PasswordChange result =
                PasswordChange.submit(Optional.empty(), "UCaHkkXe85mB6L8T", "Quancheng2026x", "Quancheng2026x", KEYS);

        assertThat(result.changed()).isFalse();
        assertThat(result.message()).isEqualTo("[login.unavailable]");
    }
}
