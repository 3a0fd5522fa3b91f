package org.tongban.hotline.portal.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.tongban.platform.accounts.PublicAccount;
import org.tongban.platform.accounts.PublicAccounts;
import org.tongban.platform.api.i18n.LocalizedMessage;
import org.tongban.platform.api.web.ApiException;

/**
 * What the mobile app's hotline routes share: the OpenAPI text, the request body and the sign-in. The bearer secret of
 * the account sign-in travels in the body (the {@code Authorization} header is for staff API tokens), as for intake's
 * 我的办件.
 */
final class TicketRoutes {
    static final String MESSAGES = "i18n/hotline-portal";
    static final String OPEN_API = load("/openapi/hotline-portal.json");

    /** The body of every route: the bearer secret, and what the route needs of the rest. */
    record MyRequest(
            String token,
            Integer limit,
            String number,
            String type,
            String address,
            String jurisdictionCode,
            Double latitude,
            Double longitude,
            String description,
            Boolean confidential) {}

    private TicketRoutes() {}

    static PublicAccount signedIn(PublicAccounts accounts, String token) {
        return accounts.byToken(token)
                .orElseThrow(() -> new ApiException(401, message("hotline.portal.error.signInAgain")));
    }

    static LocalizedMessage message(String key, Object... arguments) {
        return LocalizedMessage.of(TicketRoutes.class, MESSAGES, key, arguments);
    }

    private static String load(String resource) {
        try (InputStream in = TicketRoutes.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
