package org.tongban.evaluation.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tongban.evaluation.Channel;
import org.tongban.evaluation.Dimension;
import org.tongban.evaluation.Level;
import org.tongban.evaluation.Rating;
import org.tongban.evaluation.RatingState;
import org.tongban.evaluation.Reviewer;
import org.tongban.platform.api.jdbc.Jdbc;

/** The rows of {@code eval_rating}. */
final class RatingStore {
    static final String COLUMNS =
            "r.id, r.channel, r.subject, r.jurisdiction_code, r.unit_code, r.window_code, r.clerk,"
                    + " r.matter_code, r.state, r.levels, r.comment_text, r.reviewer_account, r.reviewer_phone, r.contactable,"
                    + " r.invited_at, r.rated_at, r.amended";

    /** A rating to open: what is known of the service when it finished. */
    record Invitation(
            Channel channel,
            String subject,
            String jurisdictionCode,
            String unit,
            String window,
            String clerk,
            String matterCode,
            String caseNumber) {}

    private RatingStore() {}

    /** Opens the rating unless the subject has one; returns its id either way. */
    static long open(Connection c, Invitation i, Instant at) throws SQLException {
        Optional<Long> existing = idOf(c, i.channel(), i.subject());
        if (existing.isPresent()) {
            return existing.get();
        }
        return Jdbc.insert(
                c,
                "INSERT INTO eval_rating (channel, subject, jurisdiction_code, unit_code, window_code, clerk, matter_code,"
                        + " case_number, state, contactable, amended, invited_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                i.channel().name(),
                i.subject(),
                i.jurisdictionCode(),
                blankToNull(i.unit()),
                blankToNull(i.window()),
                blankToNull(i.clerk()),
                blankToNull(i.matterCode()),
                blankToNull(i.caseNumber()),
                RatingState.PENDING.name(),
                false,
                false,
                at);
    }

    static Optional<Long> idOf(Connection c, Channel channel, String subject) throws SQLException {
        return Jdbc.one(
                c,
                "SELECT id FROM eval_rating WHERE channel = ? AND subject = ?",
                r -> r.getLong(1),
                channel.name(),
                subject);
    }

    static Optional<Rating> find(Connection c, long id, boolean lock) throws SQLException {
        return Jdbc.one(
                c,
                "SELECT " + COLUMNS + " FROM eval_rating r WHERE r.id = ?" + (lock ? " FOR UPDATE" : ""),
                RatingStore::rating,
                id);
    }

    static Optional<Rating> find(Connection c, Channel channel, String subject, boolean lock) throws SQLException {
        Optional<Long> id = idOf(c, channel, subject);
        return id.isEmpty() ? Optional.empty() : find(c, id.get(), lock);
    }

    /** Stores the citizen's answer (or the default). */
    static void rate(
            Connection c,
            long id,
            RatingState state,
            Map<Dimension, Level> levels,
            String comment,
            Reviewer reviewer,
            boolean contactable,
            Instant at,
            boolean amended)
            throws SQLException {
        Jdbc.update(
                c,
                "UPDATE eval_rating SET state = ?, score = ?, levels = ?, comment_text = ?, reviewer_account = ?,"
                        + " reviewer_name = ?, reviewer_phone = ?, contactable = ?, rated_at = COALESCE(rated_at, ?), amended = ? WHERE id = ?",
                state.name(),
                levels.get(Dimension.OVERALL).score(),
                encode(levels),
                comment,
                reviewer == null || reviewer.accountId() == null ? Jdbc.NULL_LONG : reviewer.accountId(),
                reviewer == null ? null : reviewer.name(),
                reviewer == null ? null : reviewer.phone(),
                contactable,
                at,
                amended,
                id);
    }

    static Optional<Reviewer> reviewer(Connection c, long id) throws SQLException {
        return Jdbc.one(
                c,
                "SELECT reviewer_account, reviewer_name, reviewer_phone FROM eval_rating WHERE id = ?",
                r -> {
                    long account = r.getLong(1);
                    return new Reviewer(r.wasNull() ? null : account, r.getString(2), r.getString(3));
                },
                id);
    }

    static Rating rating(ResultSet r) throws SQLException {
        return new Rating(
                r.getLong("id"),
                Channel.valueOf(r.getString("channel")),
                r.getString("subject"),
                r.getString("jurisdiction_code"),
                r.getString("unit_code"),
                r.getString("window_code"),
                r.getString("clerk"),
                r.getString("matter_code"),
                RatingState.valueOf(r.getString("state")),
                decode(r.getString("levels")),
                r.getString("comment_text"),
                r.getObject("reviewer_account") != null || r.getString("reviewer_phone") != null,
                r.getBoolean("contactable"),
                Jdbc.instant(r, "invited_at"),
                Jdbc.instant(r, "rated_at"),
                r.getBoolean("amended"));
    }

    static String encode(Map<Dimension, Level> levels) {
        return levels.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey().name() + "=" + e.getValue().score())
                .collect(Collectors.joining(","));
    }

    static Map<Dimension, Level> decode(String text) {
        Map<Dimension, Level> levels = new EnumMap<>(Dimension.class);
        if (text != null && !text.isBlank()) {
            for (String part : text.split(",")) {
                String[] kv = part.split("=");
                levels.put(Dimension.valueOf(kv[0]), Level.ofScore(Integer.parseInt(kv[1])));
            }
        }
        return levels;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
