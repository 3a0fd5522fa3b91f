package org.tongban.platform.accounts.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.tongban.platform.accounts.AccountException;
import org.tongban.platform.api.i18n.LocalizedMessage;
import org.tongban.platform.api.web.ApiException;

/** What the account routes share: their OpenAPI text and their refusals. */
final class AccountRoutes {
    /** The OpenAPI description of all account routes; the registration route hands it to the host for all of them. */
    static final String OPEN_API = load("/openapi/accounts.json");

    private AccountRoutes() {}

    static ApiException refused() {
        return new ApiException(401, message("accounts.api.refused"));
    }

    static ApiException locked(Instant until) {
        String time = DateTimeFormatter.ofPattern("HH:mm").format(until.atZone(ZoneId.of("Asia/Shanghai")));
        return new ApiException(429, message("accounts.api.locked", time));
    }

    static ApiException badToken() {
        return new ApiException(401, message("accounts.api.badToken"));
    }

    static char[] chars(String value) {
        return value == null ? new char[0] : value.toCharArray();
    }

    private static LocalizedMessage message(String key, Object... arguments) {
        return LocalizedMessage.of(AccountException.class, AccountException.MESSAGES, key, arguments);
    }

    private static String load(String resource) {
        try (InputStream in = AccountRoutes.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
