package org.tongban.helpdesk.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import org.tongban.helpdesk.HelpRating;
import org.tongban.helpdesk.HelpRequest;
import org.tongban.helpdesk.HelpdeskException;
import org.tongban.helpdesk.HelpdeskTopics;
import org.tongban.helpdesk.RequestRating;
import org.tongban.platform.api.jdbc.Jdbc;

/**
 * The ratings of closed requests in {@code hd_rating}: given once by the person helped, from the portal or the mobile
 * API on their own request, or at the window where the request's owner records it. Each goes into the timeline, the
 * audit log and out as {@link HelpdeskTopics#RATED}.
 */
final class Ratings {
    static final int MAX_COMMENT = 500;

    private final HelpdeskContext ctx;
    private final Requests requests;

    Ratings(HelpdeskContext ctx, Requests requests) {
        this.ctx = ctx;
        this.requests = requests;
    }

    RequestRating recordAtWindow(long id, HelpRating rating, String comment) {
        String user = ctx.user();
        return ctx.tx.required(c -> {
            HelpRequest r = requests.readable(c, id, true);
            if (r.open()) {
                throw HelpdeskException.of("helpdesk.error.ratingOpen", r.number());
            }
            if (!user.equals(r.owner())) {
                throw HelpdeskException.of("helpdesk.error.notOwner", r.owner() == null ? "" : r.owner());
            }
            return insert(c, r, rating, comment, user);
        });
    }

    RequestRating rateAsCitizen(long account, long id, HelpRating rating, String comment) {
        return ctx.tx.required(
                c -> insert(c, requests.ofAccount(c, account, id, true), rating, comment, "citizen:" + account));
    }

    Optional<RequestRating> find(long id) {
        return ctx.tx.read(c -> {
            requests.readable(c, id, false);
            return read(c, id);
        });
    }

    Optional<RequestRating> ofCitizen(long account, long id) {
        return ctx.tx.read(c -> {
            requests.ofAccount(c, account, id, false);
            return read(c, id);
        });
    }

    private RequestRating insert(Connection c, HelpRequest r, HelpRating rating, String comment, String by)
            throws SQLException {
        if (rating == null) {
            throw HelpdeskException.of("helpdesk.error.rating");
        }
        if (r.open()) {
            throw HelpdeskException.of("helpdesk.error.ratingOpen", r.number());
        }
        if (read(c, r.id()).isPresent()) {
            throw HelpdeskException.of("helpdesk.error.ratedAlready", r.number());
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > MAX_COMMENT) {
            throw HelpdeskException.of("helpdesk.error.tooLong", MAX_COMMENT);
        }
        Jdbc.update(
                c,
                "INSERT INTO hd_rating (request_id, jurisdiction_code, rating, comment, recorded_by, rated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                r.id(),
                r.jurisdictionCode(),
                rating.name(),
                text,
                by,
                ctx.now());
        String detail = rating.name() + (text == null ? "" : " " + text);
        requests.timeline(c, r.id(), "rate", r.state(), by, detail);
        ctx.audit.record("helpdesk.rate", "helpdesk/" + r.id(), detail);
        ctx.events.publish(
                HelpdeskTopics.RATED,
                "helpdesk/" + r.id(),
                Map.of(
                        "id", Long.toString(r.id()),
                        "number", r.number(),
                        "jurisdiction", r.jurisdictionCode(),
                        "rating", rating.name()));
        return read(c, r.id()).orElseThrow();
    }

    private static Optional<RequestRating> read(Connection c, long id) throws SQLException {
        return Jdbc.one(
                c,
                "SELECT request_id, rating, comment, recorded_by, rated_at FROM hd_rating WHERE request_id = ?",
                r -> new RequestRating(
                        r.getLong(1),
                        HelpRating.valueOf(r.getString(2)),
                        r.getString(3),
                        r.getString(4),
                        Jdbc.instant(r, "rated_at")),
                id);
    }
}
