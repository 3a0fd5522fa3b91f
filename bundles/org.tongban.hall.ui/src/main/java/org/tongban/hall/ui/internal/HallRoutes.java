package org.tongban.hall.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.tongban.platform.accounts.PublicAccount;
import org.tongban.platform.accounts.PublicAccounts;
import org.tongban.platform.api.i18n.LocalizedMessage;
import org.tongban.platform.api.web.ApiException;

/**
 * What the mobile app's hall routes share: the OpenAPI text, the request body and the sign-in. The bearer secret of the
 * account sign-in travels in the body (the {@code Authorization} header is for staff API tokens), as for the hotline.
 */
final class HallRoutes {
    static final String MESSAGES = "i18n/hall-ui";
    static final String OPEN_API = load("/openapi/hall.json");

    /** The body of the citizen's routes. */
    record MyRequest(String token, Long slot, String matter, String code, Integer limit) {}

    private HallRoutes() {}

    static PublicAccount signedIn(PublicAccounts accounts, String token) {
        return accounts.byToken(token).orElseThrow(() -> new ApiException(401, message("hall.ui.error.signInAgain")));
    }

    static LocalizedMessage message(String key, Object... arguments) {
        return LocalizedMessage.of(HallRoutes.class, MESSAGES, key, arguments);
    }

    static long id(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new ApiException(404, message("hall.ui.error.notFound"));
        }
    }

    private static String load(String resource) {
        try (InputStream in = HallRoutes.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
