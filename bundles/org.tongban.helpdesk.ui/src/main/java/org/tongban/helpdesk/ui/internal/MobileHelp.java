package org.tongban.helpdesk.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.tongban.helpdesk.CitizenHelp;
import org.tongban.helpdesk.HelpRequest;
import org.tongban.helpdesk.RequestRating;
import org.tongban.helpdesk.TimelineEntry;
import org.tongban.platform.accounts.PublicAccount;
import org.tongban.platform.accounts.PublicAccounts;
import org.tongban.platform.api.i18n.LocalizedMessage;
import org.tongban.platform.api.web.ApiException;

/**
 * What the mobile app's help-desk routes share: the body, the sign-in and the shape of a request. As for the hotline's
 * and intake's routes for public accounts, the account's bearer secret travels in the body (the {@code Authorization}
 * header is for staff API tokens).
 */
final class MobileHelp {
    static final String MESSAGES = "i18n/helpdesk-ui";
    static final String OPEN_API = load("/openapi/helpdesk-mobile.json");

    /** The body of every route: the bearer secret, and what the route needs of the rest. */
    record Body(
            String token,
            Long id,
            String kind,
            List<String> matterCodes,
            String project,
            String description,
            String jurisdictionCode,
            String rating,
            String comment) {}

    /** A request as its requester sees it: no staff names, the steps with the reasons given to them. */
    record MyRequest(
            long id,
            String number,
            String channel,
            String kind,
            String state,
            List<String> matterCodes,
            String project,
            String description,
            String jurisdictionCode,
            Instant createdAt,
            Instant closedAt,
            List<Step> steps,
            Rating rating) {

        static MyRequest of(HelpRequest r, List<TimelineEntry> steps, RequestRating rating) {
            return new MyRequest(
                    r.id(),
                    r.number(),
                    r.channel().name(),
                    r.kind().name(),
                    r.state(),
                    r.matterCodes(),
                    r.project(),
                    r.description(),
                    r.jurisdictionCode(),
                    r.createdAt(),
                    r.closedAt(),
                    steps == null
                            ? null
                            : steps.stream()
                                    .map(t -> new Step(t.at(), t.action(), t.state(), t.detail()))
                                    .toList(),
                    rating == null ? null : new Rating(rating.rating().name(), rating.comment(), rating.ratedAt()));
        }
    }

    record Step(Instant at, String action, String state, String detail) {}

    record Rating(String rating, String comment, Instant ratedAt) {}

    private MobileHelp() {}

    static PublicAccount signedIn(PublicAccounts accounts, Body body) {
        if (body == null) {
            throw new ApiException(400, message("helpdesk.ui.api.body"));
        }
        return accounts.byToken(body.token())
                .orElseThrow(() -> new ApiException(401, message("helpdesk.ui.api.signInAgain")));
    }

    /** The request named by the body; another account's is unknown (404), as is a missing one. */
    static HelpRequest own(CitizenHelp help, PublicAccount account, Body body) {
        if (body.id() == null) {
            throw new ApiException(400, message("helpdesk.ui.api.id"));
        }
        try {
            return help.request(account.id(), body.id());
        } catch (org.tongban.helpdesk.HelpdeskException e) {
            throw new ApiException(404, message("helpdesk.ui.api.notFound", body.id()));
        }
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String key) {
        try {
            return Enum.valueOf(type, value == null ? "" : value);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, message(key, value == null ? "" : value));
        }
    }

    static LocalizedMessage message(String key, Object... arguments) {
        return LocalizedMessage.of(MobileHelp.class, MESSAGES, key, arguments);
    }

    private static String load(String resource) {
        try (InputStream in = MobileHelp.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
