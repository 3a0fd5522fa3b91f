package org.tongban.evaluation.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.tongban.evaluation.Channel;
import org.tongban.evaluation.CitizenRatings.Tablet;
import org.tongban.evaluation.EvaluationException;
import org.tongban.evaluation.EvaluationPermissions;
import org.tongban.evaluation.NewRating;
import org.tongban.evaluation.Rating;
import org.tongban.evaluation.RatingState;
import org.tongban.evaluation.Reviewer;
import org.tongban.platform.api.jdbc.Jdbc;

/**
 * The window tablets (评价器): a token issued in the console binds a tablet to one window; only its SHA-256 is kept, so
 * a copy of the database cannot rate. The tablet shows the window's latest visit finished within {@code tabletMinutes}
 * and takes one anonymous answer for it; the clerk's console never shows the answer's reviewer.
 */
final class Tablets {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EvaluationContext ctx;
    private final Ratings ratings;

    Tablets(EvaluationContext ctx, Ratings ratings) {
        this.ctx = ctx;
        this.ratings = ratings;
    }

    String issue(String jurisdictionCode, String hall, String window) {
        if (blank(hall) || blank(window) || hall.length() > 60 || window.length() > 60) {
            throw EvaluationException.of("evaluation.error.window");
        }
        ctx.access.check(EvaluationPermissions.DEVICES, jurisdictionCode);
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        bind(jurisdictionCode, hall, window, token);
        return token;
    }

    /** Binds the window to the token, replacing its previous one; the caller checked the right to (or is the demo). */
    void bind(String jurisdictionCode, String hall, String window, String token) {
        ctx.tx.required(c -> {
            Jdbc.update(
                    c, "DELETE FROM eval_tablet WHERE hall_code = ? AND window_code = ?", hall.strip(), window.strip());
            Jdbc.update(
                    c,
                    "INSERT INTO eval_tablet (window_code, hall_code, jurisdiction_code, token_hash, issued_by, issued_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?)",
                    window.strip(),
                    hall.strip(),
                    jurisdictionCode,
                    hash(token),
                    ctx.actor(),
                    ctx.now());
            ctx.audit.record("evaluation.tablet", "evaluation-tablet/" + hall.strip() + "/" + window.strip(), "");
            return null;
        });
    }

    Tablet tablet(String token) {
        return ctx.tx.read(c -> {
            Bound bound = bound(c, token);
            Optional<Long> latest = Jdbc.one(
                    c,
                    "SELECT r.id FROM eval_rating r WHERE r.channel = ? AND r.unit_code = ? AND r.window_code = ?"
                            + " AND r.state = ? AND r.invited_at >= ? ORDER BY r.invited_at DESC, r.id DESC",
                    r -> r.getLong(1),
                    Channel.HALL.name(),
                    bound.hall(),
                    bound.window(),
                    RatingState.PENDING.name(),
                    ctx.now().minus(Duration.ofMinutes(ctx.settings.tabletMinutes())));
            Optional<Rating> visit = latest.isEmpty()
                    ? Optional.empty()
                    : RatingStore.find(c, latest.get(), false).map(Tablets::withoutClerk);
            return new Tablet(bound.hall(), bound.window(), visit);
        });
    }

    Rating rateVisit(String token, long ratingId, NewRating answer) {
        NewRating checked = Answers.checked(answer, Channel.HALL, ctx.settings.commentMax());
        return ctx.tx.required(c -> {
            Bound bound = bound(c, token);
            Rating r = RatingStore.find(c, ratingId, true)
                    .filter(x -> x.channel() == Channel.HALL
                            && bound.hall().equals(x.unit())
                            && bound.window().equals(x.window()))
                    .orElseThrow(() -> EvaluationException.of("evaluation.error.visitNotFound"));
            if (r.state() != RatingState.PENDING) {
                throw EvaluationException.of("evaluation.error.alreadyRated");
            }
            Reviewer reviewer = checked.phone() == null ? null : new Reviewer(null, null, checked.phone());
            return withoutClerk(ratings.answer(c, r.id(), checked, reviewer, false));
        });
    }

    /** The window a tablet's token is bound to. */
    private record Bound(String hall, String window) {}

    /** The tablet's window and hall, or the refusal of a forged token. */
    private static Bound bound(Connection c, String token) throws SQLException {
        if (token == null || !token.matches("[A-Za-z0-9_-]{20,64}")) {
            throw EvaluationException.of("evaluation.error.token");
        }
        return Jdbc.one(
                        c,
                        "SELECT window_code, hall_code FROM eval_tablet WHERE token_hash = ?",
                        r -> new Bound(r.getString(2), r.getString(1)),
                        hash(token))
                .orElseThrow(() -> EvaluationException.of("evaluation.error.token"));
    }

    /** The tablet shows the service, not who to blame: the clerk's name stays in the console. */
    private static Rating withoutClerk(Rating r) {
        return new Rating(
                r.id(),
                r.channel(),
                r.subject(),
                r.jurisdictionCode(),
                r.unit(),
                r.window(),
                null,
                r.matterCode(),
                r.state(),
                r.levels(),
                r.comment(),
                r.realName(),
                r.contactable(),
                r.invitedAt(),
                r.ratedAt(),
                r.amended());
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
