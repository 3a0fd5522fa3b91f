package org.tongban.host.web.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tongban.host.web.BundleI18NProvider;
import org.tongban.platform.api.security.LoginResult;
import org.tongban.platform.api.security.LoginResult.Outcome;

/** A refused login reads in the session's language, from the host's message files. */
class LoginRefusalTest {

    private final BundleI18NProvider messages = new BundleI18NProvider(null);

    private String in(Locale locale, LoginResult result) {
        return LoginRefusal.text(result, (key, arguments) -> messages.getTranslation(key, locale, arguments));
    }

    private static LoginResult refused(Outcome outcome) {
        return new LoginResult(outcome, null, "中文原文");
    }

    @Test
    void anEnglishSessionSeesEnglishRefusals() {
        assertThat(in(Locale.ENGLISH, refused(Outcome.BAD_CREDENTIALS))).startsWith("Wrong username or password.");
        assertThat(in(Locale.ENGLISH, refused(Outcome.DISABLED)))
                .isEqualTo("This account is disabled; please ask an administrator");
        assertThat(in(Locale.ENGLISH, new LoginResult(Outcome.THROTTLED, null, "中文原文", Duration.ofSeconds(200))))
                .isEqualTo("Too many failed logins from this address; please try again in 4 minutes");
        assertThat(in(Locale.ENGLISH, new LoginResult(Outcome.THROTTLED, null, "中文原文", Duration.ofSeconds(30))))
                .endsWith("in 1 minute");
    }

    @Test
    void aLockedAccountReadsLikeAWrongPasswordInEveryLanguage() {
        for (Locale locale : BundleI18NProvider.LOCALES) {
            assertThat(in(locale, refused(Outcome.LOCKED)))
                    .as(locale.toString())
                    .isEqualTo(in(locale, refused(Outcome.BAD_CREDENTIALS)));
        }
        assertThat(in(BundleI18NProvider.ZH_CN, refused(Outcome.LOCKED))).startsWith("用户名或密码错误");
        assertThat(in(BundleI18NProvider.ZH_TW, refused(Outcome.LOCKED))).startsWith("使用者名稱或密碼錯誤");
    }

    @Test
    void aThrottledAddressIsToldHowLongToWaitInChinese() {
        assertThat(in(BundleI18NProvider.ZH_CN, new LoginResult(Outcome.THROTTLED, null, "", Duration.ofMinutes(10))))
                .isEqualTo("此地址登录失败次数过多，请 10 分钟后再试");
        assertThat(in(BundleI18NProvider.ZH_TW, new LoginResult(Outcome.THROTTLED, null, "", Duration.ofMinutes(10))))
                .isEqualTo("此位址登入失敗次數過多，請 10 分鐘後再試");
    }
}
