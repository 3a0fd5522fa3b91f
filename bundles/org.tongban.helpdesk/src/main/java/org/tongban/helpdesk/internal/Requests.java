package org.tongban.helpdesk.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tongban.helpdesk.HelpChannel;
import org.tongban.helpdesk.HelpKind;
import org.tongban.helpdesk.HelpRequest;
import org.tongban.helpdesk.HelpStates;
import org.tongban.helpdesk.HelpdeskException;
import org.tongban.helpdesk.HelpdeskPermissions;
import org.tongban.helpdesk.HelpdeskTopics;
import org.tongban.helpdesk.NewRequest;
import org.tongban.helpdesk.Precheck;
import org.tongban.helpdesk.RequestPage;
import org.tongban.helpdesk.RequestQuery;
import org.tongban.helpdesk.Requester;
import org.tongban.helpdesk.RequesterKind;
import org.tongban.helpdesk.Team;
import org.tongban.helpdesk.TimelineEntry;
import org.tongban.helpdesk.Urgency;
import org.tongban.platform.api.identity.CreditCodes;
import org.tongban.platform.api.identity.IdentityNumbers;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.workflow.Transition;
import org.tongban.platform.workflow.WorkflowState;

/**
 * Requests in {@code hd_request} on the {@link HelpdeskWorkflow}, each step with its line in {@code hd_timeline},
 * the workflow's history, audit entry and event, and the helpers' load, in one transaction.
 */
final class Requests {
    static final String SYSTEM = "system";
    private static final Set<String> CITIZEN_DETAILS =
            Set.of("suspend", "resume", "complete", "terminate", "cancel", "precheck", "rate");
    private static final int MAX_MATTERS = 20;
    private static final int MAX_PAGE = 200;
    private static final String COLUMNS = "id, number, channel, requester_kind, requester_name, requester_id,"
            + " requester_phone, matter_codes, project, domain, kind, urgency, description, jurisdiction_code,"
            + " hotline_ticket, state, version, team_id, owner, first_taker, citizen_account, created_by, created_at,"
            + " first_contact_at, closed_at";

    private final HelpdeskContext ctx;

    final HelpForms forms;

    Requests(HelpdeskContext ctx) {
        this.ctx = ctx;
        this.forms = new HelpForms(ctx);
    }

    HelpRequest register(NewRequest request) {
        Valid v = validate(request);
        ctx.access.check(HelpdeskPermissions.HANDLE, v.area);
        String user = ctx.user();
        return ctx.tx.required(c -> insert(c, v, user, null, false));
    }

    /** A signed-in citizen asks for help from the portal or the mobile API; checked by the caller's account. */
    HelpRequest registerForCitizen(long account, NewRequest request) {
        Valid v = validate(request);
        if (v.request.channel() != HelpChannel.PORTAL && v.request.channel() != HelpChannel.MOBILE) {
            throw HelpdeskException.of("helpdesk.error.channel");
        }
        return ctx.tx.required(c -> insert(c, v, "citizen:" + account, account, true));
    }

    private HelpRequest insert(Connection c, Valid v, String by, Long account, boolean citizen) throws SQLException {
        NewRequest r = v.request;
        String number = ctx.numbers.next("BD", v.area);
        long id = Jdbc.insert(
                c,
                "INSERT INTO hd_request (number, channel, requester_kind, requester_name, requester_id,"
                        + " requester_phone, matter_codes, project, domain, kind, urgency, urgency_rank, description,"
                        + " jurisdiction_code, hotline_ticket, state, version, citizen_account, created_by, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                number,
                r.channel().name(),
                v.requester.kind().name(),
                v.requester.name(),
                v.requester.identifier(),
                v.requester.phone(),
                String.join(",", v.matters),
                v.project,
                v.domain,
                r.kind().name(),
                v.urgency.name(),
                2 - v.urgency.ordinal(),
                v.description,
                v.area,
                v.ticket,
                HelpStates.NEW,
                0L,
                account == null ? Jdbc.NULL_LONG : account,
                by,
                ctx.now());
        String comment = r.kind() + " / " + r.channel() + (v.ticket == null ? "" : " / 12345 " + v.ticket);
        WorkflowState s = citizen
                ? ctx.workflows.load(
                        HelpdeskWorkflow.DEFINITION, Long.toString(id), v.area, HelpStates.NEW, "apply", comment)
                : ctx.workflows.create(HelpdeskWorkflow.DEFINITION, Long.toString(id), v.area, "register", comment);
        Jdbc.update(c, "UPDATE hd_request SET version = ? WHERE id = ?", s.version(), id);
        timeline(c, id, "register", HelpStates.NEW, by, comment);
        ctx.events.publish(
                HelpdeskTopics.REGISTERED,
                "helpdesk/" + id,
                Map.of(
                        "id", Long.toString(id),
                        "number", number,
                        "jurisdiction", v.area,
                        "channel", r.channel().name(),
                        "kind", r.kind().name()));
        return read(c, id);
    }

    Optional<HelpRequest> find(long id) {
        return ctx.tx.read(c -> Jdbc.one(c, "SELECT " + COLUMNS + " FROM hd_request WHERE id = ?", Requests::row, id)
                .filter(this::visible));
    }

    Optional<HelpRequest> findByNumber(String number) {
        if (number == null || number.isBlank() || number.length() > 40) {
            return Optional.empty();
        }
        return ctx.tx.read(c -> Jdbc.one(
                        c, "SELECT " + COLUMNS + " FROM hd_request WHERE number = ?", Requests::row, number.strip())
                .filter(this::visible));
    }

    List<HelpRequest> ofCitizen(long account) {
        return ctx.tx.read(c -> Jdbc.list(
                c,
                "SELECT " + COLUMNS + " FROM hd_request WHERE citizen_account = ? ORDER BY created_at DESC, id DESC",
                Requests::row,
                account));
    }

    /** One of the account's own requests, locked for a step; another's, or none, is "not found". */
    HelpRequest ofAccount(Connection c, long account, long id, boolean lock) throws SQLException {
        return Jdbc.one(
                        c,
                        "SELECT " + COLUMNS + " FROM hd_request WHERE id = ? AND citizen_account = ?"
                                + (lock ? " FOR UPDATE" : ""),
                        Requests::row,
                        id,
                        account)
                .orElseThrow(() -> HelpdeskException.of("helpdesk.error.notFound", id));
    }

    HelpRequest citizenRequest(long account, long id) {
        return ctx.tx.read(c -> ofAccount(c, account, id, false));
    }

    List<TimelineEntry> citizenTimeline(long account, long id) {
        return ctx.tx.read(c -> {
            ofAccount(c, account, id, false);
            return Jdbc.list(
                    c,
                    "SELECT id, at, action, state, detail FROM hd_timeline WHERE request_id = ? AND action <> 'note'"
                            + " ORDER BY id",
                    // The citizen sees the steps and the reasons given to them, not which staff member did what.
                    r -> new TimelineEntry(
                            r.getLong(1),
                            Jdbc.instant(r, "at"),
                            r.getString(3),
                            r.getString(4),
                            null,
                            CITIZEN_DETAILS.contains(r.getString(3)) ? r.getString(5) : null),
                    id);
        });
    }

    RequestPage list(RequestQuery q) {
        if (q == null
                || q.jurisdictionCode() == null
                || ctx.jurisdictions.find(q.jurisdictionCode()).isEmpty()) {
            throw HelpdeskException.of("helpdesk.error.area", q == null ? "" : q.jurisdictionCode());
        }
        ctx.access.check(HelpdeskPermissions.READ, q.jurisdictionCode());
        StringBuilder where = new StringBuilder(" WHERE jurisdiction_code LIKE ?");
        List<Object> params = new ArrayList<>(List.of(Scope.like(q.jurisdictionCode())));
        filters(q, where, params);
        return page(where.toString(), params, q.offset(), q.limit());
    }

    RequestPage mine(int offset, int limit) {
        String user = ctx.user();
        return page(
                " WHERE owner = ? AND state IN (?, ?, ?)",
                new ArrayList<>(List.of(user, HelpStates.ASSIGNED, HelpStates.HANDLING, HelpStates.SUSPENDED)),
                offset,
                limit);
    }

    private RequestPage page(String where, List<Object> params, int offset, int limit) {
        int size = Math.max(1, Math.min(limit, MAX_PAGE));
        int skip = Math.max(0, offset);
        return ctx.tx.read(c -> {
            long total = Jdbc.one(c, "SELECT COUNT(*) FROM hd_request" + where, r -> r.getLong(1), params.toArray())
                    .orElse(0L);
            List<Object> all = new ArrayList<>(params);
            all.add(skip);
            all.add(size);
            List<HelpRequest> rows = Jdbc.list(
                    c,
                    "SELECT " + COLUMNS + " FROM hd_request" + where
                            + " ORDER BY urgency_rank, created_at, id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
                    Requests::row,
                    all.toArray());
            return new RequestPage(rows, total);
        });
    }

    private static void filters(RequestQuery q, StringBuilder where, List<Object> params) {
        if (q.teamId() != null) {
            where.append(" AND team_id = ?");
            params.add(q.teamId());
        }
        if (q.owner() != null && !q.owner().isBlank()) {
            where.append(" AND owner = ?");
            params.add(q.owner().strip());
        }
        if ("OPEN".equals(q.state())) {
            where.append(" AND state IN (?, ?, ?, ?)");
            params.addAll(List.of(HelpStates.NEW, HelpStates.ASSIGNED, HelpStates.HANDLING, HelpStates.SUSPENDED));
        } else if (q.state() != null && !q.state().isBlank()) {
            where.append(" AND state = ?");
            params.add(q.state());
        }
        if (q.kind() != null) {
            where.append(" AND kind = ?");
            params.add(q.kind().name());
        }
        if (q.channel() != null) {
            where.append(" AND channel = ?");
            params.add(q.channel().name());
        }
        if (q.text() != null && !q.text().isBlank()) {
            String like = Jdbc.contains(Jdbc.clip(q.text().strip(), 100));
            where.append(" AND (number LIKE ? OR requester_name LIKE ? OR description LIKE ?)");
            params.addAll(List.of(like, like, like));
        }
    }

    List<TimelineEntry> timeline(long id) {
        return ctx.tx.read(c -> {
            readable(c, id, false);
            return Jdbc.list(
                    c,
                    "SELECT id, at, action, state, actor, detail FROM hd_timeline WHERE request_id = ? ORDER BY id",
                    r -> new TimelineEntry(
                            r.getLong(1),
                            Jdbc.instant(r, "at"),
                            r.getString(3),
                            r.getString(4),
                            r.getString(5),
                            r.getString(6)),
                    id);
        });
    }

    List<String> allowed(long id) {
        return ctx.tx.read(c -> {
            HelpRequest r = readable(c, id, false);
            String user = ctx.access.currentUser().map(u -> u.username()).orElse(null);
            Set<String> actions = new LinkedHashSet<>();
            for (Transition t : ctx.workflows.available(HelpdeskWorkflow.DEFINITION, Long.toString(id))) {
                if (may(c, r, t.action(), user)) {
                    actions.add(t.action());
                }
            }
            if (r.open() && user != null && user.equals(r.owner()) && HelpStates.HANDLING.equals(r.state())) {
                actions.add("note");
            }
            return List.copyOf(actions);
        });
    }

    /** The service's own rule on top of the table's permission: who may take each step. */
    private boolean may(Connection c, HelpRequest r, String action, String user) throws SQLException {
        if (user == null) {
            return false;
        }
        return switch (action) {
            case "take" ->
                HelpStates.ASSIGNED.equals(r.state())
                        ? user.equals(r.owner())
                        : coveringTeam(c, r, user).isPresent();
            case "handOver" -> user.equals(r.owner()) || isLeader(c, r, user);
            case "suspend", "resume", "complete", "terminate" -> user.equals(r.owner());
            default -> true;
        };
    }

    HelpRequest assign(long id, long version, long teamId, String username, String reason) {
        String helper = Teams.username(username);
        return ctx.tx.required(c -> {
            HelpRequest r = readable(c, id, true);
            Team team = Teams.plain(c, teamId)
                    .filter(Team::active)
                    .orElseThrow(() -> HelpdeskException.of("helpdesk.error.teamNotFound", teamId));
            return assignTo(c, r, version, team, helper, reason, ctx.user());
        });
    }

    HelpRequest assignAutomatically(long id, long version) {
        return ctx.tx.required(c -> {
            HelpRequest r = readable(c, id, true);
            ctx.access.check(HelpdeskPermissions.ASSIGN, r.jurisdictionCode());
            List<Team> teams = AssignmentRule.candidates(
                    Teams.active(c), r.jurisdictionCode(), r.domain(), ctx::covers, this::depth);
            if (teams.isEmpty()) {
                throw HelpdeskException.of("helpdesk.error.noTeam", r.jurisdictionCode());
            }
            String marks = Jdbc.marks(teams.size());
            Object[] ids = teams.stream().map(Team::id).toArray();
            Optional<String[]> pick = Jdbc.one(
                    c,
                    "SELECT m.username, m.team_id FROM hd_member m JOIN hd_load l ON l.username = m.username"
                            + " WHERE m.team_id IN (" + marks + ")"
                            + (r.owner() == null ? "" : " AND m.username <> ?")
                            + " ORDER BY l.open_count, l.assigned_total, m.username, m.team_id FETCH FIRST 1 ROWS ONLY",
                    row -> new String[] {row.getString(1), Long.toString(row.getLong(2))},
                    r.owner() == null ? ids : append(ids, r.owner()));
            String[] chosen = pick.orElseThrow(() -> HelpdeskException.of("helpdesk.error.noHelper"));
            Team team = teams.stream()
                    .filter(t -> t.id() == Long.parseLong(chosen[1]))
                    .findFirst()
                    .orElseThrow();
            String reason = r.owner() == null ? null : "按领域、区域和在办量自动改派";
            return assignTo(c, r, version, team, chosen[0], reason, ctx.user() + "（自动分派）");
        });
    }

    private HelpRequest assignTo(
            Connection c, HelpRequest r, long version, Team team, String helper, String reason, String actor)
            throws SQLException {
        if (!ctx.covers(team.jurisdictionCode(), r.jurisdictionCode())) {
            throw HelpdeskException.of("helpdesk.error.teamOutsideArea", team.name());
        }
        if (!Teams.isMember(c, team.id(), helper)) {
            throw HelpdeskException.of("helpdesk.error.notMember", helper, team.name());
        }
        boolean again = HelpStates.ASSIGNED.equals(r.state());
        if (again && helper.equals(r.owner())) {
            throw HelpdeskException.of("helpdesk.error.sameHelper", helper);
        }
        String action = again ? "reassign" : "assign";
        String detail = team.name() + " / " + helper + (reason == null || reason.isBlank() ? "" : "：" + reason.strip());
        WorkflowState s = transition(r, action, version, again ? reason : detail, Map.of());
        if (again) {
            Teams.load(c, r.owner(), -1, 0);
        }
        Teams.load(c, helper, 1, 1);
        Jdbc.update(
                c,
                "UPDATE hd_request SET state = ?, version = ?, team_id = ?, owner = ? WHERE id = ?",
                s.state(),
                s.version(),
                team.id(),
                helper,
                r.id());
        timeline(c, r.id(), action, s.state(), actor, detail);
        return read(c, r.id());
    }

    HelpRequest take(long id, long version) {
        return ctx.tx.required(c -> {
            HelpRequest r = readable(c, id, true);
            String user = ctx.user();
            Long teamId = r.teamId();
            if (HelpStates.ASSIGNED.equals(r.state())) {
                if (!user.equals(r.owner())) {
                    throw HelpdeskException.of("helpdesk.error.assignedToOther", r.owner());
                }
            } else {
                Team team = coveringTeam(c, r, user)
                        .orElseThrow(() -> HelpdeskException.of("helpdesk.error.noCoveringTeam"));
                teamId = team.id();
            }
            Team team = Teams.plain(c, teamId).orElseThrow();
            WorkflowState s = transition(
                    r,
                    "take",
                    version,
                    null,
                    Map.of(
                            "limit", Integer.toString(ctx.settings.days(r.kind())),
                            "unit", "WORKING_DAYS",
                            "department", team.code(),
                            "acceptedAt", ctx.now().toString()));
            if (!HelpStates.ASSIGNED.equals(r.state())) {
                Teams.load(c, user, 1, 1);
            }
            Jdbc.update(
                    c,
                    "UPDATE hd_request SET state = ?, version = ?, team_id = ?, owner = ?,"
                            + " first_taker = COALESCE(first_taker, ?), first_contact_at = COALESCE(first_contact_at, ?)"
                            + " WHERE id = ?",
                    s.state(),
                    s.version(),
                    teamId,
                    user,
                    user,
                    ctx.now(),
                    id);
            timeline(c, id, "take", s.state(), user, "首问负责：" + team.name() + " / " + user);
            HelpRequest taken = read(c, id);
            var lines = HelpForms.requestLines(taken);
            lines.put("受理团队", team.name());
            lines.put("首问负责人", user);
            lines.put("办理时限", ctx.settings.days(r.kind()) + "个工作日");
            forms.issue(
                    c,
                    taken,
                    "take",
                    HelpForms.Form.ACCEPTANCE,
                    lines,
                    List.of("你的帮办代办诉求已受理。首问负责人对本诉求负责到底，转交他人须留痕记录。", "诉求情况：" + r.description()));
            return taken;
        });
    }

    HelpRequest handOver(long id, long version, String username, String reason) {
        String to = Teams.username(username);
        String why = Teams.text(reason, 2000, "helpdesk.error.reasonRequired");
        return ctx.tx.required(c -> {
            HelpRequest r = readable(c, id, true);
            String user = ctx.user();
            if (!user.equals(r.owner()) && !isLeader(c, r, user)) {
                throw HelpdeskException.of("helpdesk.error.notOwner", r.owner() == null ? "" : r.owner());
            }
            if (to.equals(r.owner())) {
                throw HelpdeskException.of("helpdesk.error.sameHelper", to);
            }
            Team team = teamOf(c, r, to).orElseThrow(() -> HelpdeskException.of("helpdesk.error.receiverOutside", to));
            WorkflowState s = transition(r, "handOver", version, why, Map.of());
            Teams.load(c, r.owner(), -1, 0);
            Teams.load(c, to, 1, 1);
            Jdbc.update(
                    c,
                    "UPDATE hd_request SET version = ?, team_id = ?, owner = ? WHERE id = ?",
                    s.version(),
                    team.id(),
                    to,
                    id);
            timeline(c, id, "handOver", s.state(), user, r.owner() + " → " + to + "（" + team.name() + "）：" + why);
            return read(c, id);
        });
    }

    HelpRequest ownerStep(long id, long version, String action, String reason, Map<String, String> details) {
        String why =
                reason == null || reason.isBlank() ? null : Teams.text(reason, 2000, "helpdesk.error.reasonRequired");
        if (!action.equals("resume") && why == null) {
            throw HelpdeskException.of("helpdesk.error.reasonRequired");
        }
        return ctx.tx.required(c -> {
            HelpRequest r = readable(c, id, true);
            String user = ctx.user();
            if (!user.equals(r.owner())) {
                throw HelpdeskException.of("helpdesk.error.notOwner", r.owner() == null ? "" : r.owner());
            }
            WorkflowState s = transition(r, action, version, why, details);
            boolean closing = HelpStates.COMPLETED.equals(s.state()) || HelpStates.TERMINATED.equals(s.state());
            if (closing) {
                Teams.load(c, r.owner(), -1, 0);
            }
            Jdbc.update(
                    c,
                    "UPDATE hd_request SET state = ?, version = ?, closed_at = ? WHERE id = ?",
                    s.state(),
                    s.version(),
                    closing ? ctx.now() : Jdbc.NULL_TIMESTAMP,
                    id);
            timeline(c, id, action, s.state(), user, why);
            HelpRequest after = read(c, id);
            stepForm(c, after, action, user, why);
            return after;
        });
    }

    /** The standards' form of an owner's step: 中止、恢复、终止告知单 or 办结单. */
    private void stepForm(Connection c, HelpRequest r, String action, String user, String why) throws SQLException {
        HelpForms.Form form =
                switch (action) {
                    case "suspend" -> HelpForms.Form.SUSPENSION;
                    case "resume" -> HelpForms.Form.RESUMPTION;
                    case "terminate" -> HelpForms.Form.TERMINATION;
                    case "complete" -> HelpForms.Form.COMPLETION;
                    default -> null;
                };
        if (form == null) {
            return;
        }
        var lines = HelpForms.requestLines(r);
        lines.put("帮办人", user);
        String label =
                switch (form) {
                    case SUSPENSION -> "中止原因";
                    case TERMINATION -> "终止原因";
                    case COMPLETION -> "办理结果";
                    default -> "说明";
                };
        List<String> paragraphs =
                switch (form) {
                    case SUSPENSION -> List.of("本诉求自即日起中止办理，中止期间不计入办理时限；中止情形消除后恢复办理。");
                    case RESUMPTION -> List.of("中止情形已消除，本诉求自即日起恢复办理，办理时限接续计算。");
                    case TERMINATION -> List.of("本诉求自即日起终止办理。如有异议，可向帮办代办服务专班反映。");
                    default -> List.of("本诉求已办结。请对本次帮办代办服务作出评价。");
                };
        if (why != null) {
            lines.put(label, why);
        }
        forms.issue(c, r, action, form, lines, paragraphs);
    }

    List<String> checklist(String matterCode) {
        MatterLookup.MatterInfo m = ctx.matters
                .find(matterCode == null ? "" : matterCode.strip())
                .orElseThrow(() -> HelpdeskException.of("helpdesk.error.matter", matterCode == null ? "" : matterCode));
        return m.materials().stream()
                .sorted(java.util.Comparator.comparing(i -> !i.required()))
                .map(MatterLookup.Item::name)
                .toList();
    }

    Precheck precheck(long id, String matterCode, Set<String> present) {
        String code = matterCode == null ? "" : matterCode.strip();
        Set<String> ticked = present == null ? Set.of() : Set.copyOf(present);
        return ctx.tx.required(c -> {
            HelpRequest r = readable(c, id, true);
            String user = ctx.user();
            if (!user.equals(r.owner()) || !HelpStates.HANDLING.equals(r.state())) {
                throw HelpdeskException.of("helpdesk.error.notOwner", r.owner() == null ? "" : r.owner());
            }
            if (!r.matterCodes().contains(code)) {
                throw HelpdeskException.of("helpdesk.error.matterNotRequested", code);
            }
            MatterLookup.MatterInfo m =
                    ctx.matters.find(code).orElseThrow(() -> HelpdeskException.of("helpdesk.error.matter", code));
            List<String> names =
                    m.materials().stream().map(MatterLookup.Item::name).toList();
            for (String t : ticked) {
                if (!names.contains(t)) {
                    throw HelpdeskException.of("helpdesk.error.notInGuide", t, m.name());
                }
            }
            List<String> have = names.stream().filter(ticked::contains).toList();
            List<String> missing = m.materials().stream()
                    .filter(i -> i.required() && !ticked.contains(i.name()))
                    .map(MatterLookup.Item::name)
                    .toList();
            String notice = missing.isEmpty()
                    ? "「" + m.name() + "」材料预审：申请材料齐全，可前往窗口办理。"
                    : "「" + m.name() + "」材料预审一次性告知：尚缺 " + String.join("、", missing) + "，请备齐后前往窗口办理。";
            timeline(c, id, "precheck", r.state(), user, notice);
            ctx.audit.record("helpdesk.precheck", "helpdesk/" + id, notice);
            java.util.Map<String, String> payload = new java.util.LinkedHashMap<>();
            payload.put("id", Long.toString(id));
            payload.put("number", r.number());
            payload.put("matter", code);
            payload.put("missing", String.join("、", missing));
            if (r.citizenAccount() != null) {
                payload.put("citizenAccount", Long.toString(r.citizenAccount()));
            }
            ctx.events.publish(HelpdeskTopics.PRECHECKED, "helpdesk/" + id, payload);
            return new Precheck(id, code, have, missing, notice, ctx.now());
        });
    }

    HelpRequest cancel(long id, long version, String reason) {
        String why = Teams.text(reason, 2000, "helpdesk.error.reasonRequired");
        return ctx.tx.required(c -> {
            HelpRequest r = readable(c, id, true);
            WorkflowState s = transition(r, "cancel", version, why, Map.of());
            if (HelpStates.ASSIGNED.equals(r.state())) {
                Teams.load(c, r.owner(), -1, 0);
            }
            Jdbc.update(
                    c,
                    "UPDATE hd_request SET state = ?, version = ?, closed_at = ? WHERE id = ?",
                    s.state(),
                    s.version(),
                    ctx.now(),
                    id);
            timeline(c, id, "cancel", s.state(), ctx.user(), why);
            return read(c, id);
        });
    }

    HelpRequest note(long id, String text) {
        String note = Teams.text(text, 2000, "helpdesk.error.noteRequired");
        return ctx.tx.required(c -> {
            HelpRequest r = readable(c, id, true);
            String user = ctx.user();
            if (!user.equals(r.owner()) || !r.open()) {
                throw HelpdeskException.of("helpdesk.error.notOwner", r.owner() == null ? "" : r.owner());
            }
            timeline(c, id, "note", r.state(), user, note);
            ctx.audit.record("helpdesk.note", "helpdesk/" + id, note);
            return read(c, id);
        });
    }

    private WorkflowState transition(
            HelpRequest r, String action, long version, String reason, Map<String, String> details) {
        return ctx.workflows.transition(
                HelpdeskWorkflow.DEFINITION, Long.toString(r.id()), action, version, reason, details);
    }

    /** The caller's team that serves the request: of its domain first, the nearest to its area. */
    private Optional<Team> coveringTeam(Connection c, HelpRequest r, String user) throws SQLException {
        return teamOf(c, r, user);
    }

    private Optional<Team> teamOf(Connection c, HelpRequest r, String user) throws SQLException {
        List<Team> mine = Jdbc.list(
                c,
                "SELECT t.id, t.code, t.name, t.team_level, t.domain, t.jurisdiction_code, t.leader, t.active"
                        + " FROM hd_team t JOIN hd_member m ON m.team_id = t.id WHERE m.username = ? AND t.active = ?",
                Teams::row,
                user,
                true);
        return AssignmentRule.candidates(mine, r.jurisdictionCode(), r.domain(), ctx::covers, this::depth).stream()
                .findFirst();
    }

    private boolean isLeader(Connection c, HelpRequest r, String user) throws SQLException {
        return r.teamId() != null
                && Teams.plain(c, r.teamId()).map(t -> user.equals(t.leader())).orElse(false);
    }

    private int depth(String code) {
        return ctx.jurisdictions.ancestry(code).size();
    }

    private boolean visible(HelpRequest r) {
        return ctx.access.isPermitted(HelpdeskPermissions.READ, r.jurisdictionCode());
    }

    /** The request if the caller may see it, locked for a step; "not found" otherwise, whatever the reason. */
    HelpRequest readable(Connection c, long id, boolean lock) throws SQLException {
        HelpRequest r = Jdbc.one(
                        c,
                        "SELECT " + COLUMNS + " FROM hd_request WHERE id = ?" + (lock ? " FOR UPDATE" : ""),
                        Requests::row,
                        id)
                .orElse(null);
        if (r == null || !visible(r)) {
            throw HelpdeskException.of("helpdesk.error.notFound", id);
        }
        return r;
    }

    private HelpRequest read(Connection c, long id) throws SQLException {
        return Jdbc.one(c, "SELECT " + COLUMNS + " FROM hd_request WHERE id = ?", Requests::row, id)
                .orElseThrow();
    }

    void timeline(Connection c, long id, String action, String state, String actor, String detail) throws SQLException {
        Jdbc.update(
                c,
                "INSERT INTO hd_timeline (request_id, at, action, state, actor, detail) VALUES (?, ?, ?, ?, ?, ?)",
                id,
                ctx.now(),
                action,
                state,
                actor,
                detail == null ? null : Jdbc.clip(detail, 2000));
    }

    private static Object[] append(Object[] values, Object last) {
        Object[] all = Arrays.copyOf(values, values.length + 1);
        all[values.length] = last;
        return all;
    }

    /** A request that passed the checks, normalised. */
    private record Valid(
            NewRequest request,
            Requester requester,
            List<String> matters,
            String project,
            String domain,
            Urgency urgency,
            String description,
            String area,
            String ticket) {}

    private Valid validate(NewRequest r) {
        if (r == null || r.channel() == null) {
            throw HelpdeskException.of("helpdesk.error.channel");
        }
        if (r.kind() == null) {
            throw HelpdeskException.of("helpdesk.error.kind");
        }
        Requester who = requester(r.requester());
        List<String> matters = new ArrayList<>();
        for (String code : r.matterCodes()) {
            String m = code == null ? "" : code.strip();
            if (m.isEmpty() || m.length() > 60 || ctx.matters.find(m).isEmpty()) {
                throw HelpdeskException.of("helpdesk.error.matter", m);
            }
            if (!matters.contains(m)) {
                matters.add(m);
            }
        }
        if (matters.size() > MAX_MATTERS) {
            throw HelpdeskException.of("helpdesk.error.tooManyMatters", MAX_MATTERS);
        }
        String project = r.project() == null || r.project().isBlank()
                ? null
                : Teams.text(r.project(), 200, "helpdesk.error.project");
        if (matters.isEmpty() && project == null) {
            throw HelpdeskException.of("helpdesk.error.subject");
        }
        String domain = r.domain() == null || r.domain().isBlank()
                ? Teams.GENERAL
                : r.domain().strip();
        if (!domain.matches("[a-z][a-z0-9-]{0,39}")) {
            throw HelpdeskException.of("helpdesk.error.domain", domain);
        }
        String description = Teams.text(r.description(), 2000, "helpdesk.error.description");
        if (r.jurisdictionCode() == null
                || ctx.jurisdictions.find(r.jurisdictionCode().strip()).isEmpty()) {
            throw HelpdeskException.of("helpdesk.error.area", r.jurisdictionCode() == null ? "" : r.jurisdictionCode());
        }
        String ticket = null;
        if (r.channel() == HelpChannel.HOTLINE) {
            ticket = Teams.text(r.hotlineTicket(), 40, "helpdesk.error.ticket");
        }
        return new Valid(
                r,
                who,
                List.copyOf(matters),
                project,
                domain,
                r.urgency() == null ? Urgency.NORMAL : r.urgency(),
                description,
                r.jurisdictionCode().strip(),
                ticket);
    }

    private static Requester requester(Requester r) {
        if (r == null || r.kind() == null) {
            throw HelpdeskException.of("helpdesk.error.requesterKind");
        }
        String name = Teams.text(r.name(), 200, "helpdesk.error.requesterName");
        String id = r.identifier() == null ? "" : r.identifier();
        if (r.kind() == RequesterKind.PERSON) {
            id = IdentityNumbers.normalise(id);
            if (!IdentityNumbers.isValid(id)) {
                throw HelpdeskException.of("helpdesk.error.idNumber");
            }
        } else {
            id = CreditCodes.normalise(id);
            if (!CreditCodes.isValid(id)) {
                throw HelpdeskException.of("helpdesk.error.creditCode");
            }
        }
        String phone =
                r.phone() == null || r.phone().isBlank() ? null : r.phone().strip();
        if (phone != null && !phone.matches("[0-9+\\- ]{5,30}")) {
            throw HelpdeskException.of("helpdesk.error.phone");
        }
        return new Requester(r.kind(), name, id, phone);
    }

    static HelpRequest row(ResultSet r) throws SQLException {
        String matters = r.getString("matter_codes");
        long team = r.getLong("team_id");
        Long teamId = r.wasNull() ? null : team;
        long account = r.getLong("citizen_account");
        Long citizen = r.wasNull() ? null : account;
        return new HelpRequest(
                r.getLong("id"),
                r.getString("number"),
                HelpChannel.valueOf(r.getString("channel")),
                new Requester(
                        RequesterKind.valueOf(r.getString("requester_kind")),
                        r.getString("requester_name"),
                        r.getString("requester_id"),
                        r.getString("requester_phone")),
                matters == null || matters.isEmpty() ? List.of() : List.of(matters.split(",")),
                r.getString("project"),
                r.getString("domain"),
                HelpKind.valueOf(r.getString("kind")),
                Urgency.valueOf(r.getString("urgency")),
                r.getString("description"),
                r.getString("jurisdiction_code"),
                r.getString("hotline_ticket"),
                r.getString("state"),
                r.getLong("version"),
                teamId,
                r.getString("owner"),
                r.getString("first_taker"),
                citizen,
                r.getString("created_by"),
                Jdbc.instant(r, "created_at"),
                Jdbc.instant(r, "first_contact_at"),
                Jdbc.instant(r, "closed_at"));
    }
}
