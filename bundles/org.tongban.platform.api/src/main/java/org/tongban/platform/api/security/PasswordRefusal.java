package org.tongban.platform.api.security;

import java.util.List;

/**
 * Why a new password was refused, as a message key with its arguments, translated where it is shown: the security
 * bundle ships the texts (zh-CN, zh-TW, en) in its message files, named by its {@code Tongban-Messages} header, so the
 * refusal reads in the user's language. The keys start with {@code password.refused.}.
 *
 * @param key the message key, for example {@code password.refused.common}
 * @param arguments the values of the message's placeholders {@code {0}}, {@code {1}}, in order
 * @since 1.3
 */
public record PasswordRefusal(String key, List<Object> arguments) {

    public PasswordRefusal {
        arguments = List.copyOf(arguments);
    }

    /** A refusal with these placeholder values. */
    public static PasswordRefusal of(String key, Object... arguments) {
        return new PasswordRefusal(key, List.of(arguments));
    }
}
