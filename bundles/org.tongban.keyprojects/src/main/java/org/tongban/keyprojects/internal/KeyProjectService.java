package org.tongban.keyprojects.internal;

import static org.tongban.keyprojects.KeyProjectPermissions.EDIT;
import static org.tongban.keyprojects.KeyProjectPermissions.MANAGE;
import static org.tongban.keyprojects.KeyProjectPermissions.READ;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.tongban.keyprojects.KeyProject;
import org.tongban.keyprojects.KeyProjectException;
import org.tongban.keyprojects.KeyProjectTopics;
import org.tongban.keyprojects.KeyProjects;
import org.tongban.keyprojects.LinkedCase;
import org.tongban.keyprojects.Meeting;
import org.tongban.keyprojects.MeetingAction;
import org.tongban.keyprojects.MeetingDraft;
import org.tongban.keyprojects.OwnerProjects;
import org.tongban.keyprojects.ProjectDraft;
import org.tongban.keyprojects.ProjectPage;
import org.tongban.keyprojects.ProjectRow;
import org.tongban.keyprojects.ProjectView;
import org.tongban.keyprojects.Stage;
import org.tongban.keyprojects.StageDraft;
import org.tongban.keyprojects.StageStatus;
import org.tongban.keyprojects.internal.ProjectStore.MeetingRow;
import org.tongban.keyprojects.internal.ProjectStore.StageRow;
import org.tongban.platform.api.identity.CreditCodes;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.security.Jurisdiction;

/** The green channel's services over {@code kp_*}, independent of OSGi (the component wires it). */
class KeyProjectService implements KeyProjects, OwnerProjects {
    /** The timers of the stages: {@code <stage id>:W} warns, {@code <stage id>:L} reports the stage late. */
    static final String TIMER = "keyprojects-stage";

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,39}");

    final KpContext ctx;

    KeyProjectService(KpContext ctx) {
        this.ctx = ctx;
    }

    // ---------------------------------------------------------------------------------------------- reading

    @Override
    public ProjectPage list(String jurisdictionCode, String text, boolean mine, int offset, int limit) {
        ctx.access.check(READ, jurisdictionCode);
        List<Jurisdiction> known = ctx.jurisdictions.ancestry(jurisdictionCode);
        if (known.isEmpty()) {
            throw KeyProjectException.of("keyprojects.error.jurisdiction", jurisdictionCode);
        }
        int size = Math.clamp(limit, 1, MAX_PAGE_SIZE);
        int start = Math.max(0, offset);
        String q = text == null || text.isBlank() ? null : Jdbc.contains(text.strip());
        String manager = mine ? ctx.actor() : null;
        return ctx.tx.read(c -> {
            // The subtree: a code of this jurisdiction's prefix (GB/T 2260 codes nest by their leading digits).
            String prefix = subtreePrefix(jurisdictionCode) + "%";
            String where = " WHERE jurisdiction_code LIKE ?"
                    + (q == null ? "" : " AND (name LIKE ? ESCAPE '\\' OR code LIKE ? ESCAPE '\\')")
                    + (manager == null ? "" : " AND manager = ?");
            List<Object> params = new ArrayList<>(List.of(prefix));
            if (q != null) {
                params.add(q);
                params.add(q);
            }
            if (manager != null) {
                params.add(manager);
            }
            long total = Jdbc.one(c, "SELECT COUNT(*) FROM kp_project" + where, r -> r.getLong(1), params.toArray())
                    .orElse(0L);
            List<KeyProject> projects = Jdbc.list(
                    c,
                    "SELECT " + ProjectStore.PROJECT_COLUMNS + " FROM kp_project" + where
                            + " ORDER BY created_at DESC, id DESC OFFSET " + start + " ROWS FETCH NEXT " + size
                            + " ROWS ONLY",
                    ProjectStore::project,
                    params.toArray());
            List<Long> ids = projects.stream().map(KeyProject::id).toList();
            Map<Long, List<StageRow>> stagesOf = ProjectStore.stagesOf(c, ids);
            Map<Long, List<LinkedCase>> casesOf = ProjectStore.casesOf(c, ids);
            List<ProjectRow> rows = new ArrayList<>();
            for (KeyProject p : projects) {
                if (!ctx.jurisdictions.contains(jurisdictionCode, p.jurisdictionCode())) {
                    continue;
                }
                List<Stage> stages =
                        stages(p, stagesOf.getOrDefault(p.id(), List.of()), casesOf.getOrDefault(p.id(), List.of()));
                List<StageStatus> statuses = stages.stream().map(Stage::status).toList();
                rows.add(new ProjectRow(
                        p,
                        ProjectRow.worst(statuses),
                        stages.size(),
                        (int) statuses.stream()
                                .filter(s -> s == StageStatus.DONE)
                                .count(),
                        stages.stream()
                                .filter(s -> s.status() != StageStatus.DONE)
                                .map(Stage::target)
                                .findFirst()
                                .orElse(null)));
            }
            return new ProjectPage(rows, total);
        });
    }

    /** The longest code prefix that only the jurisdiction's subtree shares (370102 → 370102, 370100 → 3701). */
    static String subtreePrefix(String code) {
        String p = code;
        while (p.length() > 2 && p.endsWith("00")) {
            p = p.substring(0, p.length() - 2);
        }
        return p;
    }

    @Override
    public ProjectView view(long projectId) {
        KeyProject project = readable(projectId);
        boolean manage = mayManage(project);
        boolean edit = ctx.access.isPermitted(EDIT, project.jurisdictionCode());
        return ctx.tx.read(c -> view(c, project, live(ProjectStore.cases(c, projectId)), manage, edit));
    }

    @Override
    public List<ProjectView> projects(long accountId) {
        OwnerAccounts accounts = ctx.accounts;
        Optional<String> code = accounts == null ? Optional.empty() : accounts.creditCodeOf(accountId);
        if (code.isEmpty() || !CreditCodes.isValid(code.get())) {
            return List.of();
        }
        return ctx.tx.read(c -> {
            List<ProjectView> views = new ArrayList<>();
            for (KeyProject p : Jdbc.list(
                    c,
                    "SELECT " + ProjectStore.PROJECT_COLUMNS + " FROM kp_project WHERE owner_code = ? ORDER BY id",
                    ProjectStore::project,
                    code.get())) {
                ProjectView full = view(c, p, ProjectStore.cases(c, p.id()), false, false);
                // The owner sees its progress, not the government's internal meetings.
                views.add(new ProjectView(p, full.stages(), full.otherCases(), List.of(), false, false));
            }
            return views;
        });
    }

    private ProjectView view(Connection c, KeyProject p, List<LinkedCase> cases, boolean manage, boolean edit)
            throws SQLException {
        List<Stage> stages = stages(c, p, cases);
        Set<String> planned = new HashSet<>();
        stages.forEach(s -> planned.addAll(s.matterCodes()));
        List<LinkedCase> other =
                cases.stream().filter(k -> !planned.contains(k.matterCode())).toList();
        List<Meeting> meetings = new ArrayList<>();
        for (MeetingRow m : ProjectStore.meetings(c, p.id())) {
            meetings.add(meeting(c, m));
        }
        return new ProjectView(p, stages, other, meetings, manage, edit);
    }

    private Meeting meeting(Connection c, MeetingRow m) throws SQLException {
        return new Meeting(
                m.id(),
                m.date(),
                m.title(),
                m.departments().lines().filter(l -> !l.isBlank()).toList(),
                m.minutes(),
                m.by(),
                ProjectStore.actions(c, m.id(), ctx.today()));
    }

    private List<Stage> stages(Connection c, KeyProject p, List<LinkedCase> cases) throws SQLException {
        return stages(p, ProjectStore.stages(c, p.id()), cases);
    }

    private List<Stage> stages(KeyProject p, List<StageRow> rows, List<LinkedCase> cases) {
        LocalDate today = ctx.today();
        List<Stage> stages = new ArrayList<>();
        for (StageRow s : rows) {
            List<LinkedCase> own = cases.stream()
                    .filter(k -> s.matters().contains(k.matterCode()))
                    .toList();
            boolean done = StageRules.done(s.matters(), own);
            stages.add(new Stage(
                    s.id(),
                    s.ordinal(),
                    s.name(),
                    s.matters(),
                    s.target(),
                    ctx.rules.status(p.jurisdictionCode(), s.target(), done, today),
                    ctx.rules.warnFrom(p.jurisdictionCode(), s.target()),
                    own));
        }
        return stages;
    }

    /** The cases as intake answers the reader now (state and clock), or as last heard where it does not. */
    private List<LinkedCase> live(List<LinkedCase> stored) {
        CaseDirectory directory = ctx.cases;
        if (directory == null) {
            return stored;
        }
        List<LinkedCase> result = new ArrayList<>();
        for (LinkedCase k : stored) {
            Optional<CaseDirectory.CaseInfo> now;
            try {
                now = directory.readable(k.number());
            } catch (RuntimeException e) {
                now = Optional.empty();
            }
            result.add(now.map(i -> new LinkedCase(
                            k.number(),
                            k.matterCode(),
                            k.matterName(),
                            i.departmentCode(),
                            i.jurisdictionCode(),
                            i.state(),
                            i.receivedAt(),
                            i.deadline(),
                            k.automatic(),
                            k.linkedBy(),
                            k.linkedAt()))
                    .orElse(k));
        }
        return result;
    }

    private KeyProject readable(long projectId) {
        KeyProject p = ctx.tx
                .read(c -> ProjectStore.find(c, projectId, false))
                .orElseThrow(() -> KeyProjectException.of("keyprojects.error.notFound", Long.toString(projectId)));
        ctx.access.check(READ, p.jurisdictionCode());
        return p;
    }

    private boolean mayManage(KeyProject p) {
        return ctx.access.isPermitted(MANAGE, p.jurisdictionCode())
                || (ctx.access.isPermitted(READ, p.jurisdictionCode())
                        && p.manager().equals(ctx.actor()));
    }

    private KeyProject managed(long projectId) {
        KeyProject p = readable(projectId);
        if (!mayManage(p)) {
            ctx.access.check(MANAGE, p.jurisdictionCode());
        }
        return p;
    }

    // ---------------------------------------------------------------------------------------------- editing

    @Override
    public KeyProject create(ProjectDraft draft) {
        ProjectDraft d = validate(draft);
        ctx.access.check(EDIT, d.jurisdictionCode());
        return ctx.tx.required(c -> {
            if (Jdbc.one(c, "SELECT id FROM kp_project WHERE code = ?", r -> r.getLong(1), d.code())
                    .isPresent()) {
                throw KeyProjectException.of("keyprojects.error.codeTaken", d.code());
            }
            Instant now = ctx.now();
            long id = Jdbc.insert(
                    c,
                    "INSERT INTO kp_project (code, name, owner_code, owner_name, manager, jurisdiction_code,"
                            + " created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)",
                    d.code(),
                    d.name(),
                    d.ownerCreditCode(),
                    d.ownerName(),
                    d.manager(),
                    d.jurisdictionCode(),
                    now,
                    now);
            KeyProject p = ProjectStore.find(c, id, false).orElseThrow();
            writeStages(c, p, d.stages());
            ctx.audit.record("keyprojects.create", target(p), describe(d));
            ctx.events.publish(KeyProjectTopics.SAVED, target(p), payload(p));
            return p;
        });
    }

    @Override
    public KeyProject update(long projectId, long version, ProjectDraft draft) {
        ProjectDraft d = validate(draft);
        KeyProject before = readable(projectId);
        ctx.access.check(EDIT, before.jurisdictionCode());
        ctx.access.check(EDIT, d.jurisdictionCode());
        return ctx.tx.required(c -> {
            KeyProject locked = ProjectStore.find(c, projectId, true).orElseThrow();
            if (locked.version() != version) {
                throw KeyProjectException.of("keyprojects.error.stale");
            }
            if (Jdbc.one(
                            c,
                            "SELECT id FROM kp_project WHERE code = ? AND id <> ?",
                            r -> r.getLong(1),
                            d.code(),
                            projectId)
                    .isPresent()) {
                throw KeyProjectException.of("keyprojects.error.codeTaken", d.code());
            }
            Jdbc.update(
                    c,
                    "UPDATE kp_project SET code = ?, name = ?, owner_code = ?, owner_name = ?, manager = ?,"
                            + " jurisdiction_code = ?, updated_at = ?, version = version + 1 WHERE id = ?",
                    d.code(),
                    d.name(),
                    d.ownerCreditCode(),
                    d.ownerName(),
                    d.manager(),
                    d.jurisdictionCode(),
                    ctx.now(),
                    projectId);
            for (StageRow s : ProjectStore.stages(c, projectId)) {
                ctx.timers.cancel(TIMER, s.id() + ":W");
                ctx.timers.cancel(TIMER, s.id() + ":L");
            }
            Jdbc.update(c, "DELETE FROM kp_stage WHERE project_id = ?", projectId);
            KeyProject p = ProjectStore.find(c, projectId, false).orElseThrow();
            writeStages(c, p, d.stages());
            ctx.audit.record("keyprojects.update", target(p), describe(d));
            ctx.events.publish(KeyProjectTopics.SAVED, target(p), payload(p));
            return p;
        });
    }

    private void writeStages(Connection c, KeyProject p, List<StageDraft> stages) throws SQLException {
        int ordinal = 0;
        for (StageDraft s : stages) {
            ordinal++;
            long id = Jdbc.insert(
                    c,
                    "INSERT INTO kp_stage (project_id, ordinal, name, matters, target_date) VALUES (?, ?, ?, ?, ?)",
                    p.id(),
                    ordinal,
                    s.name(),
                    String.join(",", s.matterCodes()),
                    s.target());
            schedule(p, id, s.target());
        }
    }

    /** The stage's warning at the start of its warning period and its lateness the day after its target. */
    private void schedule(KeyProject p, long stageId, LocalDate target) {
        Instant now = ctx.now();
        Instant warn = ctx.rules
                .warnFrom(p.jurisdictionCode(), target)
                .atStartOfDay(KpContext.ZONE)
                .toInstant();
        Instant late = target.plusDays(1).atStartOfDay(KpContext.ZONE).toInstant();
        Map<String, String> payload = Map.of("project", Long.toString(p.id()));
        ctx.timers.schedule(TIMER, stageId + ":W", warn.isBefore(now) ? now : warn, payload);
        ctx.timers.schedule(TIMER, stageId + ":L", late.isBefore(now) ? now : late, payload);
    }

    private ProjectDraft validate(ProjectDraft d) {
        if (d == null) {
            throw KeyProjectException.of("keyprojects.error.nameEmpty");
        }
        String code = strip(d.code());
        if (code == null || !CODE.matcher(code).matches()) {
            throw KeyProjectException.of("keyprojects.error.codeInvalid");
        }
        String name = strip(d.name());
        if (name == null || name.length() > 200) {
            throw KeyProjectException.of("keyprojects.error.nameEmpty");
        }
        String credit = CreditCodes.normalise(d.ownerCreditCode());
        if (!CreditCodes.isValid(credit)) {
            throw KeyProjectException.of("keyprojects.error.creditCode", credit == null ? "" : credit);
        }
        String owner = strip(d.ownerName());
        if (owner == null || owner.length() > 200) {
            throw KeyProjectException.of("keyprojects.error.ownerName");
        }
        String jurisdiction = strip(d.jurisdictionCode());
        if (jurisdiction == null || ctx.jurisdictions.find(jurisdiction).isEmpty()) {
            throw KeyProjectException.of("keyprojects.error.jurisdiction", jurisdiction == null ? "" : jurisdiction);
        }
        String manager = strip(d.manager());
        if (manager == null || !ctx.staff.holds(manager, READ, jurisdiction)) {
            throw KeyProjectException.of("keyprojects.error.manager", manager == null ? "" : manager);
        }
        if (d.stages().isEmpty()) {
            throw KeyProjectException.of("keyprojects.error.noStages");
        }
        if (d.stages().size() > 20) {
            throw KeyProjectException.of("keyprojects.error.tooManyStages", 20);
        }
        Set<String> seen = new HashSet<>();
        List<StageDraft> stages = new ArrayList<>();
        int n = 0;
        for (StageDraft s : d.stages()) {
            n++;
            String stage = strip(s == null ? null : s.name());
            if (stage == null || stage.length() > 100) {
                throw KeyProjectException.of("keyprojects.error.stageName", n);
            }
            if (s.target() == null) {
                throw KeyProjectException.of("keyprojects.error.stageTarget", stage);
            }
            List<String> matters = s.matterCodes().stream()
                    .map(KeyProjectService::strip)
                    .filter(m -> m != null)
                    .toList();
            if (matters.isEmpty()) {
                throw KeyProjectException.of("keyprojects.error.stageMatters", stage);
            }
            for (String m : matters) {
                if (m.length() > 60
                        || m.contains(",")
                        || ctx.matters.publishedName(m).isEmpty()) {
                    throw KeyProjectException.of("keyprojects.error.unknownMatter", m);
                }
                if (!seen.add(m)) {
                    throw KeyProjectException.of("keyprojects.error.duplicateMatter", m);
                }
            }
            stages.add(new StageDraft(stage, matters, s.target()));
        }
        return new ProjectDraft(code, name, credit, owner, manager, jurisdiction, stages);
    }

    // ---------------------------------------------------------------------------------------------- cases

    @Override
    public LinkedCase link(long projectId, String caseNumber) {
        KeyProject p = managed(projectId);
        String number = strip(caseNumber);
        if (number == null || number.length() > 40) {
            throw KeyProjectException.of("keyprojects.error.caseNotFound", number == null ? "" : number);
        }
        CaseDirectory directory = ctx.cases;
        CaseDirectory.CaseInfo info = (directory == null
                        ? Optional.<CaseDirectory.CaseInfo>empty()
                        : directory.readable(number))
                .orElseThrow(() -> KeyProjectException.of("keyprojects.error.caseNotFound", number));
        return ctx.tx.required(c -> {
            ProjectStore.find(c, projectId, true).orElseThrow();
            return insertLink(c, p, info, false)
                    .orElseThrow(() -> KeyProjectException.of("keyprojects.error.caseLinked", number));
        });
    }

    /** Links the case in the current transaction; empty when it is linked already. */
    private Optional<LinkedCase> insertLink(Connection c, KeyProject p, CaseDirectory.CaseInfo info, boolean automatic)
            throws SQLException {
        boolean planned = ProjectStore.stages(c, p.id()).stream()
                .anyMatch(s -> s.matters().contains(info.matterCode()));
        if (!planned) {
            throw KeyProjectException.of(
                    "keyprojects.error.caseNotInPlan", info.number(), nameOr(info.matterName(), info.matterCode()));
        }
        if (Jdbc.one(c, "SELECT 1 FROM kp_case WHERE project_id = ? AND case_number = ?", r -> 1, p.id(), info.number())
                .isPresent()) {
            return Optional.empty();
        }
        String by = automatic ? KpContext.SYSTEM : ctx.actor();
        Jdbc.update(
                c,
                "INSERT INTO kp_case (" + ProjectStore.CASE_COLUMNS + ", project_id) VALUES (?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?, ?, ?, ?)",
                info.number(),
                info.matterCode(),
                Jdbc.clip(info.matterName(), 200),
                Jdbc.clip(info.departmentCode(), 60),
                Jdbc.clip(info.jurisdictionCode(), 12),
                Jdbc.clip(info.state(), 20),
                info.receivedAt() == null ? Jdbc.NULL_TIMESTAMP : Jdbc.truncate(info.receivedAt()),
                info.deadline() == null ? Jdbc.NULL_TIMESTAMP : Jdbc.truncate(info.deadline()),
                automatic,
                by,
                ctx.now(),
                p.id());
        ctx.audit.record(
                automatic ? "keyprojects.autoLink" : "keyprojects.link",
                target(p),
                "关联办件 " + info.number() + "（" + nameOr(info.matterName(), info.matterCode()) + "）"
                        + (automatic ? "：申请人为业主单位" : ""));
        Map<String, String> payload = payload(p);
        payload.put("case", info.number());
        payload.put("automatic", Boolean.toString(automatic));
        ctx.events.publish(KeyProjectTopics.CASE_LINKED, target(p), payload);
        return Jdbc.one(
                c,
                "SELECT " + ProjectStore.CASE_COLUMNS + " FROM kp_case WHERE project_id = ? AND case_number = ?",
                ProjectStore::linked,
                p.id(),
                info.number());
    }

    @Override
    public void unlink(long projectId, String caseNumber, String reason) {
        KeyProject p = managed(projectId);
        String why = strip(reason);
        if (why == null || why.length() > 500) {
            throw KeyProjectException.of("keyprojects.error.reason");
        }
        ctx.tx.required(c -> {
            int n = Jdbc.update(
                    c, "DELETE FROM kp_case WHERE project_id = ? AND case_number = ?", projectId, caseNumber);
            if (n == 0) {
                throw KeyProjectException.of("keyprojects.error.caseNotLinked", caseNumber);
            }
            ctx.audit.record("keyprojects.unlink", target(p), "取消关联办件 " + caseNumber + "：" + why);
            return null;
        });
    }

    /**
     * What an intake event tells: a new case is linked to the projects of its jurisdiction and above whose owner is its
     * applicant and whose plan has its matter; a step updates the state of linked cases. In the event's transaction.
     */
    void intakeEvent(String number, String from, String to, String jurisdictionCode) throws SQLException {
        if (number == null || number.isBlank()) {
            return;
        }
        Connection c = ctx.tx.connection();
        if (to != null && !to.isBlank()) {
            Jdbc.update(c, "UPDATE kp_case SET state = ? WHERE case_number = ?", Jdbc.clip(to, 20), number);
        }
        if (from != null && from.isEmpty() && jurisdictionCode != null) {
            autoLink(c, number, jurisdictionCode);
        }
    }

    private void autoLink(Connection c, String number, String jurisdictionCode) throws SQLException {
        CaseDirectory directory = ctx.cases;
        OwnerAccounts accounts = ctx.accounts;
        List<String> chain = ctx.jurisdictions.ancestry(jurisdictionCode).stream()
                .map(Jurisdiction::code)
                .toList();
        if (directory == null || accounts == null || chain.isEmpty()) {
            return;
        }
        List<KeyProject> candidates = Jdbc.list(
                c,
                "SELECT " + ProjectStore.PROJECT_COLUMNS + " FROM kp_project WHERE jurisdiction_code IN ("
                        + Jdbc.marks(chain.size()) + ") ORDER BY id",
                ProjectStore::project,
                chain.toArray());
        for (KeyProject p : candidates) {
            Optional<Long> account = accounts.accountOf(p.ownerCreditCode());
            if (account.isEmpty()) {
                continue;
            }
            Optional<CaseDirectory.CaseInfo> info = directory.ownedBy(account.get(), number);
            if (info.isEmpty()) {
                continue;
            }
            boolean planned = ProjectStore.stages(c, p.id()).stream()
                    .anyMatch(s -> s.matters().contains(info.get().matterCode()));
            if (planned) {
                insertLink(c, p, info.get(), true);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------- meetings

    @Override
    public Meeting callMeeting(long projectId, MeetingDraft draft) {
        KeyProject p = managed(projectId);
        if (draft == null || draft.date() == null) {
            throw KeyProjectException.of("keyprojects.error.meetingDate");
        }
        String title = strip(draft.title());
        if (title == null || title.length() > 200) {
            throw KeyProjectException.of("keyprojects.error.meetingTitle");
        }
        List<String> departments = draft.departments().stream()
                .map(KeyProjectService::strip)
                .filter(s -> s != null)
                .distinct()
                .toList();
        String joined = String.join("\n", departments);
        if (departments.size() < 2 || joined.length() > 1000) {
            throw KeyProjectException.of("keyprojects.error.departments");
        }
        String minutes = minutes(draft.minutes());
        return ctx.tx.required(c -> {
            long id = Jdbc.insert(
                    c,
                    "INSERT INTO kp_meeting (project_id, meeting_date, title, departments, minutes, called_by,"
                            + " called_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    projectId,
                    draft.date(),
                    title,
                    joined,
                    minutes,
                    ctx.actor(),
                    ctx.now());
            ctx.audit.record(
                    "keyprojects.meeting",
                    target(p),
                    "召开联合审查 " + draft.date() + "「" + title + "」，参会部门：" + String.join("、", departments));
            Map<String, String> payload = payload(p);
            payload.put("meeting", Long.toString(id));
            payload.put("date", draft.date().toString());
            ctx.events.publish(KeyProjectTopics.MEETING, target(p), payload);
            return meeting(c, ProjectStore.meeting(c, id).orElseThrow());
        });
    }

    @Override
    public Meeting recordMinutes(long meetingId, String minutes) {
        MeetingRow m = meetingRow(meetingId);
        KeyProject p = managed(m.projectId());
        String text = minutes(minutes);
        if (text == null) {
            throw KeyProjectException.of("keyprojects.error.minutesEmpty");
        }
        return ctx.tx.required(c -> {
            Jdbc.update(c, "UPDATE kp_meeting SET minutes = ? WHERE id = ?", text, meetingId);
            ctx.audit.record("keyprojects.minutes", target(p), "记录会议纪要（会议 " + meetingId + "）");
            return meeting(c, ProjectStore.meeting(c, meetingId).orElseThrow());
        });
    }

    @Override
    public MeetingAction addAction(long meetingId, String description, String owner, LocalDate due) {
        MeetingRow m = meetingRow(meetingId);
        KeyProject p = managed(m.projectId());
        String text = strip(description);
        if (text == null || text.length() > 500) {
            throw KeyProjectException.of("keyprojects.error.actionText");
        }
        String who = strip(owner);
        if (who == null || who.length() > 100) {
            throw KeyProjectException.of("keyprojects.error.actionOwner");
        }
        if (due == null) {
            throw KeyProjectException.of("keyprojects.error.actionDue");
        }
        return ctx.tx.required(c -> {
            long id = Jdbc.insert(
                    c,
                    "INSERT INTO kp_action (meeting_id, description, owner, due_date) VALUES (?, ?, ?, ?)",
                    meetingId,
                    text,
                    who,
                    due);
            ctx.audit.record("keyprojects.action", target(p), "议定事项：" + text + "，责任：" + who + "，时限：" + due);
            return ProjectStore.action(c, id, ctx.today()).orElseThrow();
        });
    }

    @Override
    public MeetingAction completeAction(long actionId, String note) {
        MeetingAction a = ctx.tx
                .read(c -> ProjectStore.action(c, actionId, ctx.today()))
                .orElseThrow(() -> KeyProjectException.of("keyprojects.error.actionNotFound", Long.toString(actionId)));
        KeyProject p = managed(meetingRow(a.meetingId()).projectId());
        String text = strip(note);
        if (text == null || text.length() > 500) {
            throw KeyProjectException.of("keyprojects.error.note");
        }
        return ctx.tx.required(c -> {
            int n = Jdbc.update(
                    c,
                    "UPDATE kp_action SET done_at = ?, done_note = ? WHERE id = ? AND done_at IS NULL",
                    ctx.now(),
                    text,
                    actionId);
            if (n == 0) {
                throw KeyProjectException.of("keyprojects.error.actionDone");
            }
            ctx.audit.record("keyprojects.actionDone", target(p), "议定事项办结：" + a.description() + "。" + text);
            return ProjectStore.action(c, actionId, ctx.today()).orElseThrow();
        });
    }

    private MeetingRow meetingRow(long meetingId) {
        return ctx.tx
                .read(c -> ProjectStore.meeting(c, meetingId))
                .orElseThrow(
                        () -> KeyProjectException.of("keyprojects.error.meetingNotFound", Long.toString(meetingId)));
    }

    private static String minutes(String text) {
        String t = strip(text);
        if (t != null && t.length() > 4000) {
            throw KeyProjectException.of("keyprojects.error.minutes");
        }
        return t;
    }

    // ---------------------------------------------------------------------------------------------- timers

    /** A stage's timer: warns the manager or reports the stage late, unless it is done by then. */
    void fire(String id) throws SQLException {
        int colon = id.lastIndexOf(':');
        if (colon < 0) {
            return;
        }
        long stageId;
        try {
            stageId = Long.parseLong(id.substring(0, colon));
        } catch (NumberFormatException e) {
            return;
        }
        boolean late = id.endsWith(":L");
        ctx.tx.required(c -> {
            Optional<StageRow> stage = ProjectStore.stage(c, stageId);
            if (stage.isEmpty()) {
                return null;
            }
            KeyProject p = ProjectStore.find(c, stage.get().projectId(), false).orElseThrow();
            List<LinkedCase> cases = ProjectStore.cases(c, p.id()).stream()
                    .filter(k -> stage.get().matters().contains(k.matterCode()))
                    .toList();
            if (StageRules.done(stage.get().matters(), cases)) {
                return null;
            }
            StageRow s = stage.get();
            String template = late ? "keyprojects.stageLate" : "keyprojects.stageAtRisk";
            ctx.notifier.send(
                    "staff:" + p.manager(),
                    p.jurisdictionCode(),
                    template,
                    p.name(),
                    s.name(),
                    s.target().toString());
            ctx.audit.record(
                    late ? "keyprojects.stageLate" : "keyprojects.stageAtRisk",
                    target(p),
                    (late ? "阶段逾期：" : "阶段临近目标日期：") + s.name() + "，目标 " + s.target() + "，已提醒项目管家 " + p.manager());
            Map<String, String> payload = payload(p);
            payload.put("stage", s.name());
            payload.put("target", s.target().toString());
            payload.put("manager", p.manager());
            ctx.events.publish(late ? KeyProjectTopics.STAGE_LATE : KeyProjectTopics.STAGE_AT_RISK, target(p), payload);
            return null;
        });
    }

    // ---------------------------------------------------------------------------------------------- helpers

    static String target(KeyProject p) {
        return "keyprojects/" + p.id();
    }

    private static Map<String, String> payload(KeyProject p) {
        Map<String, String> payload = new LinkedHashMap<>();
        payload.put("id", Long.toString(p.id()));
        payload.put("code", p.code());
        payload.put("jurisdictionCode", p.jurisdictionCode());
        return payload;
    }

    private static String describe(ProjectDraft d) {
        StringBuilder b = new StringBuilder()
                .append(d.code())
                .append(" ")
                .append(d.name())
                .append("，业主 ")
                .append(d.ownerName())
                .append("（")
                .append(d.ownerCreditCode())
                .append("），管家 ")
                .append(d.manager())
                .append("，阶段：");
        for (StageDraft s : d.stages()) {
            b.append(s.name())
                    .append(" ")
                    .append(s.target())
                    .append(" ")
                    .append(s.matterCodes())
                    .append("；");
        }
        return Jdbc.clip(b.toString(), 2000);
    }

    private static String nameOr(String name, String code) {
        return name == null || name.isBlank() ? code : name;
    }

    static String strip(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
