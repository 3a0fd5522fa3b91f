package org.tongban.evaluation.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.tongban.evaluation.EvaluationException;
import org.tongban.evaluation.EvaluationPermissions;
import org.tongban.evaluation.Rating;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.security.StaffDirectory;

/**
 * Who works in a handling unit ({@code eval_unit_member}): the unit's bad reviews go to them. The office enters them;
 * a unit nobody is entered for stays with every holder of {@link EvaluationPermissions#RECTIFY} at the jurisdiction,
 * so a city that has not entered its units loses nothing. The office ({@link EvaluationPermissions#SUPERVISE}) sees
 * every close-out of its jurisdictions.
 */
final class UnitMembers {
    private static final int NAME_MAX = 100;
    private static final int UNIT_MAX = 60;

    private final EvaluationContext ctx;

    UnitMembers(EvaluationContext ctx) {
        this.ctx = ctx;
    }

    List<String> members(String jurisdictionCode, String unit) {
        ctx.access.check(EvaluationPermissions.READ, jurisdictionCode);
        String u = unit(unit);
        return ctx.tx.read(c -> of(c, jurisdictionCode, u));
    }

    void add(String jurisdictionCode, String unit, String username) {
        ctx.access.check(EvaluationPermissions.SUPERVISE, jurisdictionCode);
        String u = unit(unit);
        String name = username == null ? "" : username.strip();
        if (name.isEmpty() || name.length() > NAME_MAX) {
            throw EvaluationException.of("evaluation.error.memberName");
        }
        StaffDirectory staff = ctx.staff;
        if (staff != null && !staff.holds(name, EvaluationPermissions.RECTIFY, jurisdictionCode)) {
            throw EvaluationException.of("evaluation.error.notRectifier", name);
        }
        ctx.tx.required(c -> {
            if (of(c, jurisdictionCode, u).contains(name)) {
                return null;
            }
            Jdbc.update(
                    c,
                    "INSERT INTO eval_unit_member (jurisdiction_code, unit_code, username, added_by, added_at)"
                            + " VALUES (?, ?, ?, ?, ?)",
                    jurisdictionCode,
                    u,
                    name,
                    ctx.actor(),
                    ctx.now());
            ctx.audit.record("evaluation.unitMember", "evaluation-unit/" + jurisdictionCode + "/" + u, "加入 " + name);
            return null;
        });
    }

    void remove(String jurisdictionCode, String unit, String username) {
        ctx.access.check(EvaluationPermissions.SUPERVISE, jurisdictionCode);
        String u = unit(unit);
        ctx.tx.required(c -> {
            int removed = Jdbc.update(
                    c,
                    "DELETE FROM eval_unit_member WHERE jurisdiction_code = ? AND unit_code = ? AND username = ?",
                    jurisdictionCode,
                    u,
                    username == null ? "" : username.strip());
            if (removed == 0) {
                throw EvaluationException.of(
                        "evaluation.error.memberNotFound", Jdbc.clip(String.valueOf(username), 40));
            }
            ctx.audit.record(
                    "evaluation.unitMember", "evaluation-unit/" + jurisdictionCode + "/" + u, "移出 " + username.strip());
            return null;
        });
    }

    /**
     * Whether the close-out of this rating is the signed-in user's unit's: they are entered for the rating's unit, or
     * nobody is.
     */
    boolean handles(Connection c, Rating r) throws SQLException {
        List<String> members = of(c, r.jurisdictionCode(), r.unit() == null ? "" : r.unit());
        return members.isEmpty() || members.contains(ctx.actor());
    }

    /**
     * Whether the signed-in user's list shows the close-out: the office of its jurisdiction and readers who take no
     * part in close-outs (auditors) see them all; a handling unit's staff sees their own unit's.
     */
    boolean shows(Connection c, Rating r) throws SQLException {
        String j = r.jurisdictionCode();
        if (ctx.access.isPermitted(EvaluationPermissions.SUPERVISE, j)
                || !ctx.access.isPermitted(EvaluationPermissions.RECTIFY, j)) {
            return true;
        }
        return handles(c, r);
    }

    private static List<String> of(Connection c, String jurisdictionCode, String unit) throws SQLException {
        return Jdbc.list(
                c,
                "SELECT username FROM eval_unit_member WHERE jurisdiction_code = ? AND unit_code = ? ORDER BY username",
                r -> r.getString(1),
                jurisdictionCode,
                unit);
    }

    private static String unit(String unit) {
        if (unit == null || unit.isBlank() || unit.strip().length() > UNIT_MAX) {
            throw EvaluationException.of("evaluation.error.unit");
        }
        return unit.strip();
    }
}
