package org.tongban.platform.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tongban.platform.security.internal.SecurityFixture.LIXIA;

import java.lang.reflect.Field;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.tongban.platform.api.security.AccessDeniedException;
import org.tongban.platform.api.security.LoginResult;
import org.tongban.platform.api.security.LoginResult.Outcome;
import org.tongban.platform.api.security.PasswordRefusal;
import org.tongban.testing.MessageFiles;

/** One-time passwords grant nothing until changed; the password policy applies to every change. */
@ParameterizedClass
@EnumSource(Backend.class)
class PasswordChangeTest {
    private static final String ONE_TIME = "Onetime2026x";
    private static final String NEW = "Baotu9spring26";

    @Parameter
    Backend backend;

    private SecurityFixture fx;

    @BeforeEach
    void setUp() {
        fx = new SecurityFixture(backend);
        fx.accounts.create(
                "newbie",
                "新人",
                LIXIA,
                new Passwords().hash(ONE_TIME.toCharArray()),
                true,
                java.util.List.of("clerk"),
                fx.clock.instant());
    }

    @AfterEach
    void tearDown() {
        if (fx != null) {
            fx.close();
        }
    }

    @Test
    void oneTimePasswordMustBeChangedBeforeAnythingIsGranted() {
        LoginResult first = fx.authenticator.login("newbie", ONE_TIME.toCharArray(), "10.0.0.1");
        assertThat(first.outcome()).isEqualTo(Outcome.PASSWORD_CHANGE_REQUIRED);
        assertThat(first.loggedIn()).isTrue();
        fx.authenticator.bind(first.session());
        assertThat(fx.access.currentUser()).isPresent();
        assertThat(fx.access.isPermitted("notice:edit", LIXIA)).isFalse();
        assertThatThrownBy(() -> fx.access.check("notice:edit", LIXIA)).isInstanceOf(AccessDeniedException.class);

        assertThat(fx.authenticator.changeOwnPassword(ONE_TIME.toCharArray(), NEW.toCharArray()))
                .isEmpty();
        assertThat(fx.access.isPermitted("notice:edit", LIXIA)).isTrue();

        fx.authenticator.logout(first.session());
        assertThat(fx.authenticator
                        .login("newbie", ONE_TIME.toCharArray(), "10.0.0.1")
                        .outcome())
                .isEqualTo(Outcome.BAD_CREDENTIALS);
        assertThat(fx.authenticator
                        .login("newbie", NEW.toCharArray(), "10.0.0.1")
                        .outcome())
                .isEqualTo(Outcome.SUCCESS);
    }

    @Test
    void policyIsEnforced() {
        fx.authenticator.bind(
                fx.authenticator.login("newbie", ONE_TIME.toCharArray(), null).session());
        assertThat(change(ONE_TIME, "Short1")).contains("10");
        assertThat(change(ONE_TIME, "onlyletterslong")).contains("字母和数字");
        assertThat(change(ONE_TIME, "12345678901")).contains("字母和数字");
        assertThat(change(ONE_TIME, ONE_TIME)).contains("不能与原密码相同");
        assertThat(change("Wrongold2026", NEW)).isEqualTo("原密码不正确");
        assertThat(fx.accounts.find("newbie").orElseThrow().mustChangePassword())
                .isTrue();
        assertThat(change(ONE_TIME, "济南泉城2026ab")).isNull();
    }

    @Test
    void commonAndUsernameDerivedPasswordsAreRefusedWhenChanging() {
        fx.authenticator.bind(
                fx.authenticator.login("newbie", ONE_TIME.toCharArray(), null).session());
        assertThat(refusal(ONE_TIME, "Newbie2026ab")).hasValue(PasswordRefusal.of("password.refused.username"));
        assertThat(refusal(ONE_TIME, "password12")).hasValue(PasswordRefusal.of("password.refused.common"));
        assertThat(refusal(ONE_TIME, "Qwerty1234")).hasValue(PasswordRefusal.of("password.refused.common"));
        assertThat(change(ONE_TIME, "Qwerty1234")).isEqualTo("新密码过于常见，容易被猜中，请换一个不常见的密码");
        assertThat(fx.accounts.find("newbie").orElseThrow().mustChangePassword())
                .isTrue();
    }

    @Test
    void refusalsAreLocalizedMessagesThatAnEnglishSessionReadsInEnglish() {
        fx.authenticator.bind(
                fx.authenticator.login("newbie", ONE_TIME.toCharArray(), null).session());
        PasswordRefusal tooShort = refusal(ONE_TIME, "Short1").orElseThrow();
        assertThat(tooShort).isEqualTo(PasswordRefusal.of("password.refused.length", 10, 128));

        assertThat(tooShort.message(Locale.ENGLISH)).isEqualTo("The new password must have 10 to 128 characters");
        assertThat(refusal("Wrongold2026", NEW).orElseThrow().message(Locale.ENGLISH))
                .isEqualTo("The current password is not correct");
        assertThat(refusal(ONE_TIME, "password12").orElseThrow().message(Locale.ENGLISH))
                .startsWith("The new password is too common");
        assertThat(tooShort.message(Locale.TRADITIONAL_CHINESE)).isEqualTo("新密碼長度須為 10 至 128 個字元");
        assertThat(tooShort.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("新密码长度须为 10 至 128 个字符");
        assertThat(refusal(ONE_TIME, "济南泉城2026ab")).isEmpty();
    }

    @Test
    void everyRefusalHasItsTextInEachLanguageInThePlatformApisMessages() throws Exception {
        Set<String> keys = new HashSet<>();
        for (Field field : PasswordRefusal.class.getDeclaredFields()) {
            if (field.getType() == String.class
                    && java.lang.reflect.Modifier.isPublic(field.getModifiers())
                    && field.getName().equals(field.getName().toUpperCase(Locale.ROOT))) {
                keys.add((String) field.get(null));
            }
        }
        assertThat(keys).hasSize(8).allSatisfy(k -> assertThat(k).startsWith("password.refused."));
        MessageFiles messages = MessageFiles.of(
                PasswordRefusal.of(PasswordRefusal.COMMON).localizedMessage().baseName());
        messages.assertDefined(keys);
        messages.assertComplete();
        for (String key : keys) {
            for (Locale locale : org.tongban.platform.api.i18n.LocalizedMessage.LOCALES) {
                assertThat(PasswordRefusal.of(key, 10, 128).message(locale))
                        .as(key + " in " + locale)
                        .isNotEqualTo(key);
            }
        }
    }

    @Test
    void changingRequiresALogin() {
        fx.authenticator.bind(null);
        assertThat(change(ONE_TIME, NEW)).isEqualTo("请先登录");
    }

    private Optional<PasswordRefusal> refusal(String oldPassword, String newPassword) {
        return fx.authenticator.changeOwnPassword(oldPassword.toCharArray(), newPassword.toCharArray());
    }

    @SuppressWarnings("deprecation") // the old method still answers in Chinese
    private String change(String oldPassword, String newPassword) {
        return fx.authenticator.changePassword(oldPassword.toCharArray(), newPassword.toCharArray());
    }
}
