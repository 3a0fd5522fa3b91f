package org.tongban.evaluation.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tongban.evaluation.Channel;
import org.tongban.evaluation.CitizenRatings.PendingCase;
import org.tongban.evaluation.Dimension;
import org.tongban.evaluation.EvaluationException;
import org.tongban.evaluation.EvaluationTopics;
import org.tongban.evaluation.Level;
import org.tongban.evaluation.NewRating;
import org.tongban.evaluation.Rating;
import org.tongban.evaluation.RatingState;
import org.tongban.evaluation.Reviewer;
import org.tongban.evaluation.internal.CaseSource.OwnCase;
import org.tongban.platform.api.jdbc.Jdbc;

/**
 * Opening, answering, defaulting and amending ratings. The default 基本满意 is a durable timer ({@value #TIMER}, {@code default/<rating>}) set in
 * the transaction that opens the rating, so it fires after a restart too.
 */
final class Ratings {
    /** The one timer name of the evaluation's timers: {@code default/<rating>} and {@code rectify/<rating>}. */
    static final String TIMER = "evaluation";

    static final String DEFAULT = "default/";

    private final EvaluationContext ctx;
    private final Rectifications rectifications;

    Ratings(EvaluationContext ctx, Rectifications rectifications) {
        this.ctx = ctx;
        this.rectifications = rectifications;
    }

    /** Opens a rating (from an event: a case finished, a visit served) with its default timer; idempotent. */
    long invite(Connection c, RatingStore.Invitation invitation) throws SQLException {
        boolean fresh =
                RatingStore.idOf(c, invitation.channel(), invitation.subject()).isEmpty();
        Instant now = ctx.now();
        long id = RatingStore.open(c, invitation, now);
        if (fresh) {
            ctx.timers.schedule(TIMER, DEFAULT + id, now.plus(Duration.ofDays(ctx.settings.defaultDays())), Map.of());
        }
        return id;
    }

    /** The timer fired: 基本满意 unless the citizen rated meanwhile. */
    void fireDefault(long id) {
        ctx.tx.required(c -> {
            Rating r = RatingStore.find(c, id, true).orElse(null);
            if (r == null || r.state() != RatingState.PENDING) {
                return null;
            }
            RatingStore.rate(
                    c,
                    r.id(),
                    RatingState.DEFAULTED,
                    Map.of(Dimension.OVERALL, Level.BASIC),
                    null,
                    null,
                    false,
                    ctx.now(),
                    false);
            ctx.audit.record("evaluation.default", "evaluation/" + r.id(), r.channel() + " " + r.subject());
            ctx.events.publish(EvaluationTopics.DEFAULTED, "evaluation/" + r.id(), payload(r, Level.BASIC));
            return null;
        });
    }

    List<PendingCase> pending(long accountId) {
        List<OwnCase> finished =
                ctx.cases().cases(accountId).stream().filter(OwnCase::finished).toList();
        return ctx.tx.read(c -> {
            List<PendingCase> open = new java.util.ArrayList<>();
            for (OwnCase k : finished) {
                Optional<Rating> r = RatingStore.find(c, Channel.ONLINE, k.number(), false);
                if (r.isEmpty() || r.get().state() == RatingState.PENDING) {
                    open.add(new PendingCase(k.number(), k.matterName(), k.state()));
                }
            }
            return open;
        });
    }

    Rating rateCase(long accountId, String number, NewRating answer) {
        OwnCase k = ownFinishedCase(accountId, number);
        NewRating checked = Answers.checked(answer, Channel.ONLINE, ctx.settings.commentMax());
        return ctx.tx.required(c -> {
            long id = invite(
                    c,
                    new RatingStore.Invitation(
                            Channel.ONLINE,
                            k.number(),
                            k.jurisdictionCode(),
                            k.departmentCode(),
                            null,
                            null,
                            k.matterCode(),
                            k.number()));
            Rating r = RatingStore.find(c, id, true).orElseThrow();
            if (r.state() == RatingState.RATED) {
                throw EvaluationException.of("evaluation.error.alreadyRated");
            }
            if (r.state() == RatingState.DEFAULTED) {
                throw EvaluationException.of("evaluation.error.defaulted", ctx.settings.defaultDays());
            }
            Jdbc.update(
                    c,
                    "UPDATE eval_rating SET unit_code = ?, matter_code = ?, jurisdiction_code = ? WHERE id = ?",
                    k.departmentCode(),
                    k.matterCode(),
                    k.jurisdictionCode(),
                    id);
            Reviewer reviewer = new Reviewer(accountId, k.applicantName(), checked.phone());
            return answer(c, id, checked, reviewer, false);
        });
    }

    Rating amendCase(long accountId, String number, NewRating answer) {
        ownFinishedCase(accountId, number);
        NewRating checked = Answers.checked(answer, Channel.ONLINE, ctx.settings.commentMax());
        return ctx.tx.required(c -> {
            Rating r = RatingStore.find(c, Channel.ONLINE, number, true)
                    .filter(x -> x.state() == RatingState.RATED)
                    .orElseThrow(() -> EvaluationException.of("evaluation.error.notRated"));
            Reviewer before = RatingStore.reviewer(c, r.id()).orElseThrow();
            if (before.accountId() == null || before.accountId() != accountId) {
                throw EvaluationException.of("evaluation.error.caseNotFound", Jdbc.clip(number, 40));
            }
            if (ctx.now().isAfter(r.ratedAt().plus(Duration.ofDays(ctx.settings.amendDays())))) {
                throw EvaluationException.of("evaluation.error.amendClosed", ctx.settings.amendDays());
            }
            return answer(c, r.id(), checked, new Reviewer(accountId, before.name(), checked.phone()), true);
        });
    }

    Optional<Rating> ofCase(long accountId, String number) {
        if (number == null || ctx.cases().find(accountId, number).isEmpty()) {
            return Optional.empty();
        }
        return ctx.tx.read(
                c -> RatingStore.find(c, Channel.ONLINE, number, false).filter(r -> r.state() != RatingState.PENDING));
    }

    /** Stores a checked answer on a locked rating, opens the rectification of a bad review. */
    Rating answer(Connection c, long id, NewRating checked, Reviewer reviewer, boolean amended) throws SQLException {
        RatingStore.rate(
                c,
                id,
                RatingState.RATED,
                checked.levels(),
                checked.comment(),
                reviewer,
                checked.contactable(),
                ctx.now(),
                amended);
        ctx.timers.cancel(TIMER, DEFAULT + id);
        Rating rated = RatingStore.find(c, id, false).orElseThrow();
        ctx.audit.record(
                amended ? "evaluation.amend" : "evaluation.rate",
                "evaluation/" + id,
                rated.channel() + " " + rated.subject() + " " + rated.level());
        ctx.events.publish(EvaluationTopics.RATED, "evaluation/" + id, payload(rated, rated.level()));
        if (rated.bad()) {
            rectifications.open(c, rated);
        } else if (amended) {
            rectifications.withdraw(c, rated);
        }
        return rated;
    }

    private OwnCase ownFinishedCase(long accountId, String number) {
        String clipped = number == null ? "" : Jdbc.clip(number.strip(), 40);
        Optional<OwnCase> found = number == null || number.isBlank()
                ? Optional.empty()
                : ctx.cases().find(accountId, number.strip());
        if (found.isEmpty()) {
            throw EvaluationException.of("evaluation.error.caseNotFound", clipped);
        }
        OwnCase k = found.get();
        if (!k.finished()) {
            throw EvaluationException.of("evaluation.error.notFinished", clipped);
        }
        return k;
    }

    static Map<String, String> payload(Rating r, Level level) {
        return Map.of(
                "rating", Long.toString(r.id()),
                "channel", r.channel().name(),
                "subject", r.subject(),
                "level", level.name(),
                "unit", r.unit() == null ? "" : r.unit(),
                "jurisdictionCode", r.jurisdictionCode());
    }
}
