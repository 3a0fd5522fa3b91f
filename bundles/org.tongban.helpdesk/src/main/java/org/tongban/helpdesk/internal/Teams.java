package org.tongban.helpdesk.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tongban.helpdesk.HelpdeskException;
import org.tongban.helpdesk.HelpdeskPermissions;
import org.tongban.helpdesk.NewTeam;
import org.tongban.helpdesk.Team;
import org.tongban.helpdesk.TeamLevel;
import org.tongban.platform.api.jdbc.Jdbc;

/** The helper teams in {@code hd_team}, their members in {@code hd_member} and each helper's load in {@code hd_load}. */
final class Teams {
    static final String GENERAL = "general";
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,59}");
    private static final Pattern DOMAIN = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final Pattern USER = Pattern.compile("[A-Za-z0-9._@-]{1,100}");
    private static final String COLUMNS = "id, code, name, team_level, domain, jurisdiction_code, leader, active";

    private final HelpdeskContext ctx;

    Teams(HelpdeskContext ctx) {
        this.ctx = ctx;
    }

    Team save(NewTeam t) {
        if (t == null || t.code() == null || !CODE.matcher(t.code().strip()).matches()) {
            throw HelpdeskException.of("helpdesk.error.teamCode");
        }
        String name = text(t.name(), 200, "helpdesk.error.teamName");
        if (t.level() == null) {
            throw HelpdeskException.of("helpdesk.error.teamLevel");
        }
        String domain = t.domain() == null || t.domain().isBlank()
                ? GENERAL
                : t.domain().strip();
        if (!DOMAIN.matcher(domain).matches()) {
            throw HelpdeskException.of("helpdesk.error.domain", domain);
        }
        String area = area(t.jurisdictionCode());
        String leader = t.leader() == null || t.leader().isBlank() ? null : username(t.leader());
        ctx.access.check(HelpdeskPermissions.ADMIN, area);
        String code = t.code().strip();
        return ctx.tx.required(c -> {
            Optional<Team> old = Jdbc.one(c, "SELECT " + COLUMNS + " FROM hd_team WHERE code = ?", Teams::row, code);
            long id;
            if (old.isPresent()) {
                ctx.access.check(HelpdeskPermissions.ADMIN, old.get().jurisdictionCode());
                id = old.get().id();
                Jdbc.update(
                        c,
                        "UPDATE hd_team SET name = ?, team_level = ?, domain = ?, jurisdiction_code = ?, leader = ?"
                                + " WHERE id = ?",
                        name,
                        t.level().name(),
                        domain,
                        area,
                        leader,
                        id);
            } else {
                id = Jdbc.insert(
                        c,
                        "INSERT INTO hd_team (code, name, team_level, domain, jurisdiction_code, leader, active)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                        code,
                        name,
                        t.level().name(),
                        domain,
                        area,
                        leader,
                        true);
            }
            ctx.audit.record(
                    "helpdesk.team.save",
                    "helpdesk-team/" + code,
                    name + "，" + t.level() + "，" + domain + "，" + area + "，组长 " + leader);
            return read(c, id);
        });
    }

    Team addMember(long teamId, String username, String displayName) {
        String user = username(username);
        String name = text(displayName, 100, "helpdesk.error.memberName");
        return ctx.tx.required(c -> {
            Team team = administered(c, teamId);
            int changed = Jdbc.update(
                    c, "UPDATE hd_member SET display_name = ? WHERE team_id = ? AND username = ?", name, teamId, user);
            if (changed == 0) {
                Jdbc.update(
                        c,
                        "INSERT INTO hd_member (team_id, username, display_name) VALUES (?, ?, ?)",
                        teamId,
                        user,
                        name);
            }
            ensureLoad(c, user);
            ctx.audit.record("helpdesk.team.member", "helpdesk-team/" + team.code(), "加入 " + user + "（" + name + "）");
            return read(c, teamId);
        });
    }

    Team removeMember(long teamId, String username) {
        String user = username(username);
        return ctx.tx.required(c -> {
            Team team = administered(c, teamId);
            if (Jdbc.update(c, "DELETE FROM hd_member WHERE team_id = ? AND username = ?", teamId, user) == 0) {
                throw HelpdeskException.of("helpdesk.error.notMember", user, team.name());
            }
            ctx.audit.record("helpdesk.team.member", "helpdesk-team/" + team.code(), "移出 " + user);
            return read(c, teamId);
        });
    }

    Team setActive(long teamId, boolean active) {
        return ctx.tx.required(c -> {
            Team team = administered(c, teamId);
            Jdbc.update(c, "UPDATE hd_team SET active = ? WHERE id = ?", active, teamId);
            ctx.audit.record("helpdesk.team.active", "helpdesk-team/" + team.code(), active ? "启用" : "停用");
            return read(c, teamId);
        });
    }

    /** Teams whose area lies in the jurisdiction's subtree or above it (the city's task force serves a district too). */
    List<Team> list(String jurisdictionCode) {
        String area = area(jurisdictionCode);
        ctx.access.check(HelpdeskPermissions.READ, area);
        return ctx.tx.read(c ->
                Jdbc.list(c, "SELECT " + COLUMNS + " FROM hd_team ORDER BY jurisdiction_code, code", Teams::row)
                        .stream()
                        .filter(t -> ctx.covers(area, t.jurisdictionCode()) || ctx.covers(t.jurisdictionCode(), area))
                        .map(t -> withMembers(c, t))
                        .toList());
    }

    Optional<Team> find(long teamId) {
        return ctx.tx.read(c -> {
            Optional<Team> team = Jdbc.one(c, "SELECT " + COLUMNS + " FROM hd_team WHERE id = ?", Teams::row, teamId);
            return team.filter(t -> ctx.access.isPermitted(HelpdeskPermissions.READ, t.jurisdictionCode()))
                    .map(t -> withMembers(c, t));
        });
    }

    /** Every active team without members, for the assignment rules. */
    static List<Team> active(Connection c) throws SQLException {
        return Jdbc.list(c, "SELECT " + COLUMNS + " FROM hd_team WHERE active = ?", Teams::row, true);
    }

    static Optional<Team> plain(Connection c, long teamId) throws SQLException {
        return Jdbc.one(c, "SELECT " + COLUMNS + " FROM hd_team WHERE id = ?", Teams::row, teamId);
    }

    static boolean isMember(Connection c, long teamId, String username) throws SQLException {
        return Jdbc.one(c, "SELECT 1 FROM hd_member WHERE team_id = ? AND username = ?", r -> 1, teamId, username)
                .isPresent();
    }

    /** Changes a helper's open requests (and the total ever assigned), in the step's transaction. */
    static void load(Connection c, String username, int open, int assigned) throws SQLException {
        if (username == null || (open == 0 && assigned == 0)) {
            return;
        }
        ensureLoad(c, username);
        Jdbc.update(
                c,
                "UPDATE hd_load SET open_count = open_count + ?, assigned_total = assigned_total + ? WHERE username = ?",
                open,
                assigned,
                username);
    }

    private static void ensureLoad(Connection c, String username) throws SQLException {
        if (Jdbc.one(c, "SELECT 1 FROM hd_load WHERE username = ?", r -> 1, username)
                .isEmpty()) {
            Jdbc.update(c, "INSERT INTO hd_load (username, open_count, assigned_total) VALUES (?, 0, 0)", username);
        }
    }

    private Team administered(Connection c, long teamId) throws SQLException {
        Team team = plain(c, teamId).orElseThrow(() -> HelpdeskException.of("helpdesk.error.teamNotFound", teamId));
        if (!ctx.access.isPermitted(HelpdeskPermissions.READ, team.jurisdictionCode())) {
            throw HelpdeskException.of("helpdesk.error.teamNotFound", teamId);
        }
        ctx.access.check(HelpdeskPermissions.ADMIN, team.jurisdictionCode());
        return team;
    }

    private Team read(Connection c, long id) throws SQLException {
        return withMembers(c, plain(c, id).orElseThrow());
    }

    private static Team withMembers(Connection c, Team t) {
        try {
            List<Team.Member> members = Jdbc.list(
                    c,
                    "SELECT m.username, m.display_name, COALESCE(l.open_count, 0) AS open_count FROM hd_member m"
                            + " LEFT JOIN hd_load l ON l.username = m.username WHERE m.team_id = ? ORDER BY m.username",
                    r -> new Team.Member(r.getString(1), r.getString(2), r.getInt(3)),
                    t.id());
            return new Team(
                    t.id(),
                    t.code(),
                    t.name(),
                    t.level(),
                    t.domain(),
                    t.jurisdictionCode(),
                    t.leader(),
                    t.active(),
                    members);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String area(String code) {
        if (code == null
                || code.isBlank()
                || ctx.jurisdictions.find(code.strip()).isEmpty()) {
            throw HelpdeskException.of("helpdesk.error.area", code == null ? "" : code);
        }
        return code.strip();
    }

    static String username(String username) {
        if (username == null || !USER.matcher(username.strip()).matches()) {
            throw HelpdeskException.of("helpdesk.error.username");
        }
        return username.strip();
    }

    static String text(String value, int max, String key) {
        if (value == null || value.isBlank()) {
            throw HelpdeskException.of(key);
        }
        String v = value.strip();
        if (v.length() > max) {
            throw HelpdeskException.of("helpdesk.error.tooLong", max);
        }
        return v;
    }

    static Team row(ResultSet r) throws SQLException {
        return new Team(
                r.getLong("id"),
                r.getString("code"),
                r.getString("name"),
                TeamLevel.valueOf(r.getString("team_level")),
                r.getString("domain"),
                r.getString("jurisdiction_code"),
                r.getString("leader"),
                r.getBoolean("active"),
                List.of());
    }
}
