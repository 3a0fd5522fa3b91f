package org.tongban.market.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.tongban.market.ExclusionReason;
import org.tongban.market.Funding;
import org.tongban.market.Project;
import org.tongban.market.ProjectState;
import org.tongban.market.Rating;
import org.tongban.market.SelectionMethod;
import org.tongban.market.SignUp;
import org.tongban.platform.api.jdbc.Jdbc;

/** Reads projects, sign-ups and ratings. */
final class ProjectRows {
    static final String COLUMNS = "p.id, p.number, p.owner_account_id, p.owner_code, p.owner_name, p.jurisdiction_code,"
            + " p.type_code, p.title, p.scope, p.price_ceiling, p.funding, p.method, p.required_level, p.requirements,"
            + " p.signup_opens, p.signup_closes, p.service_days, p.approving_code, p.state, p.version,"
            + " p.winner_agency_id, p.price, p.publicity_ends, p.service_due, p.delivered_on, p.republished_from,"
            + " p.closed_reason";
    static final String SIGNUP_COLUMNS =
            "s.id, s.project_id, s.agency_id, a.name, a.credit_code, s.bid, s.signed_up_at, s.exclusions";

    private ProjectRows() {}

    static Optional<Project> byId(Connection c, long id) throws SQLException {
        return Jdbc.one(c, "SELECT " + COLUMNS + " FROM market_project p WHERE p.id = ?", ProjectRows::project, id);
    }

    static Optional<Project> lock(Connection c, long id) throws SQLException {
        return Jdbc.one(
                c, "SELECT " + COLUMNS + " FROM market_project p WHERE p.id = ? FOR UPDATE", ProjectRows::project, id);
    }

    static List<Project> completedBy(Connection c, long agencyId) throws SQLException {
        return Jdbc.list(
                c,
                "SELECT " + COLUMNS + " FROM market_project p WHERE p.winner_agency_id = ?"
                        + " AND p.state IN ('COMPLETED', 'RATED') ORDER BY p.id DESC FETCH FIRST 50 ROWS ONLY",
                ProjectRows::project,
                agencyId);
    }

    static List<Rating> ratings(Connection c, long agencyId) throws SQLException {
        return Jdbc.list(
                c,
                "SELECT r.project_id, p.number, r.agency_id, r.quality, r.timeliness, r.attitude, r.price, r.comment,"
                        + " r.rated_at FROM market_rating r JOIN market_project p ON p.id = r.project_id"
                        + " WHERE r.agency_id = ? ORDER BY r.rated_at DESC, r.project_id DESC",
                ProjectRows::rating,
                agencyId);
    }

    static Rating rating(ResultSet r) throws SQLException {
        return new Rating(
                r.getLong(1),
                r.getString(2),
                r.getLong(3),
                r.getInt(4),
                r.getInt(5),
                r.getInt(6),
                r.getInt(7),
                r.getString(8),
                Jdbc.instant(r, "rated_at"));
    }

    static List<SignUp> signUps(Connection c, long projectId) throws SQLException {
        return Jdbc.list(
                c,
                "SELECT " + SIGNUP_COLUMNS + " FROM market_signup s JOIN market_agency a ON a.id = s.agency_id"
                        + " WHERE s.project_id = ? ORDER BY s.signed_up_at, s.id",
                ProjectRows::signUp,
                projectId);
    }

    static SignUp signUp(ResultSet r) throws SQLException {
        String exclusions = r.getString("exclusions");
        return new SignUp(
                r.getLong("id"),
                r.getLong("project_id"),
                r.getLong("agency_id"),
                r.getString("name"),
                r.getString("credit_code"),
                r.getBigDecimal("bid"),
                Jdbc.instant(r, "signed_up_at"),
                exclusions.isEmpty()
                        ? List.of()
                        : Arrays.stream(exclusions.split(","))
                                .map(ExclusionReason::valueOf)
                                .toList());
    }

    static Project project(ResultSet r) throws SQLException {
        long winner = r.getLong("winner_agency_id");
        Long winnerId = r.wasNull() ? null : winner;
        long from = r.getLong("republished_from");
        Long fromId = r.wasNull() ? null : from;
        return new Project(
                r.getLong("id"),
                r.getString("number"),
                r.getLong("owner_account_id"),
                r.getString("owner_code"),
                r.getString("owner_name"),
                r.getString("jurisdiction_code"),
                r.getString("type_code"),
                r.getString("title"),
                r.getString("scope"),
                r.getBigDecimal("price_ceiling"),
                Funding.valueOf(r.getString("funding")),
                SelectionMethod.valueOf(r.getString("method")),
                r.getString("required_level"),
                r.getString("requirements"),
                Jdbc.instant(r, "signup_opens"),
                Jdbc.instant(r, "signup_closes"),
                r.getInt("service_days"),
                r.getString("approving_code"),
                ProjectState.valueOf(r.getString("state")),
                r.getLong("version"),
                winnerId,
                r.getBigDecimal("price"),
                Jdbc.instant(r, "publicity_ends"),
                Jdbc.instant(r, "service_due"),
                r.getObject("delivered_on", LocalDate.class),
                fromId,
                r.getString("closed_reason"));
    }
}
