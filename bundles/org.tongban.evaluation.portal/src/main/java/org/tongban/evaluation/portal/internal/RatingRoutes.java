package org.tongban.evaluation.portal.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import org.tongban.evaluation.Dimension;
import org.tongban.evaluation.EvaluationException;
import org.tongban.evaluation.Level;
import org.tongban.evaluation.NewRating;
import org.tongban.platform.accounts.PublicAccount;
import org.tongban.platform.accounts.PublicAccounts;
import org.tongban.platform.api.i18n.LocalizedMessage;
import org.tongban.platform.api.web.ApiException;

/**
 * What the mobile routes share: the OpenAPI text, the request body and the sign-in. The account's bearer secret travels
 * in the body (the {@code Authorization} header is for staff API tokens), as for intake's 我的办件.
 */
final class RatingRoutes {
    static final String MESSAGES = "i18n/evaluation-portal";
    static final String OPEN_API = load("/openapi/evaluation-portal.json");

    /**
     * The body of every route.
     *
     * @param levels the score 1 (非常不满意) to 5 (非常满意) per dimension name, OVERALL required
     */
    record MyRequest(
            String token,
            String number,
            Map<String, Integer> levels,
            String comment,
            Boolean contactable,
            String phone) {}

    private RatingRoutes() {}

    static PublicAccount signedIn(PublicAccounts accounts, String token) {
        return accounts.byToken(token)
                .orElseThrow(() -> new ApiException(401, message("evaluation.portal.error.signInAgain")));
    }

    /** The answer of the body; an unknown dimension or score is refused in the service's words. */
    static NewRating rating(MyRequest body) {
        Map<Dimension, Level> levels = new EnumMap<>(Dimension.class);
        if (body.levels() != null) {
            for (Map.Entry<String, Integer> e : body.levels().entrySet()) {
                Dimension d;
                try {
                    d = Dimension.valueOf(e.getKey());
                } catch (IllegalArgumentException unknown) {
                    throw EvaluationException.of("evaluation.error.dimension", e.getKey());
                }
                levels.put(d, Level.ofScore(e.getValue() == null ? 0 : e.getValue()));
            }
        }
        return new NewRating(levels, body.comment(), Boolean.TRUE.equals(body.contactable()), body.phone());
    }

    /** A case that is not the account's reads as not found (404); every other refusal is the client's (400). */
    static RuntimeException refusal(EvaluationException e) {
        return "evaluation.error.caseNotFound".equals(e.key()) ? new ApiException(404, e.localizedMessage()) : e;
    }

    static LocalizedMessage message(String key, Object... arguments) {
        return LocalizedMessage.of(RatingRoutes.class, MESSAGES, key, arguments);
    }

    private static String load(String resource) {
        try (InputStream in = RatingRoutes.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
