package org.tongban.platform.api.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalizedMessageTest {

    private static LocalizedMessage tooLong(int length) {
        return LocalizedMessage.of(LocalizedMessageTest.class, "i18n/test-messages", "title.tooLong", 100, length);
    }

    @Test
    void messagesAreTranslatedIntoTheCallersLanguageWithSimplifiedChineseAsDefault() {
        assertThat(tooLong(120).format(Locale.SIMPLIFIED_CHINESE)).isEqualTo("标题不能超过100个字（当前120个字）");
        assertThat(tooLong(120).format(Locale.forLanguageTag("zh-HK"))).isEqualTo("標題不能超過100個字（當前120個字）");
        assertThat(tooLong(120).format(Locale.forLanguageTag("en-GB")))
                .isEqualTo("The title may have at most 100 characters (it has 120)");
        assertThat(tooLong(120).format(Locale.GERMAN)).isEqualTo("标题不能超过100个字（当前120个字）");
        assertThat(tooLong(120).format(null)).isEqualTo("标题不能超过100个字（当前120个字）");
    }

    @Test
    void aDenialKeepsItsChineseMessageAndSpeaksTheUsersLanguage() {
        var denied = new org.tongban.platform.api.security.AccessDeniedException("notice:edit", "370102");

        assertThat(denied.getMessage()).isEqualTo("无权执行此操作（notice:edit @ 370102）");
        assertThat(denied.message(Locale.ENGLISH)).isEqualTo("You may not do this (notice:edit @ 370102)");
        assertThat(denied.message(Locale.TRADITIONAL_CHINESE)).isEqualTo("無權執行此操作（notice:edit @ 370102）");
        assertThat(new org.tongban.platform.api.security.AccessDeniedException("audit:read", null).getMessage())
                .isEqualTo("无权执行此操作（audit:read）");
    }

    @Test
    void aKeyMissingFromAVariantFallsBackToChineseAndAnUnknownKeyShowsItself() {
        LocalizedMessage onlyChinese = LocalizedMessage.of(LocalizedMessageTest.class, "i18n/test-messages", "only.zh");
        assertThat(onlyChinese.format(Locale.ENGLISH)).isEqualTo("只有中文");
        LocalizedMessage unknown = LocalizedMessage.of(LocalizedMessageTest.class, "i18n/test-messages", "no.such");
        assertThat(unknown.format(Locale.ENGLISH)).isEqualTo("no.such");
    }
}
