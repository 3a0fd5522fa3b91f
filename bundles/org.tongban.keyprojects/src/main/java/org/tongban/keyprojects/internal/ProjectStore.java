package org.tongban.keyprojects.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.tongban.keyprojects.KeyProject;
import org.tongban.keyprojects.LinkedCase;
import org.tongban.keyprojects.MeetingAction;
import org.tongban.platform.api.jdbc.Jdbc;

/** The rows of {@code kp_*}. */
final class ProjectStore {
    static final String PROJECT_COLUMNS =
            "id, code, name, owner_code, owner_name, manager, jurisdiction_code, created_at, version";
    static final String CASE_COLUMNS = "case_number, matter_code, matter_name, department_code, jurisdiction_code,"
            + " state, received_at, deadline, automatic, linked_by, linked_at";

    /** A stage row before its status is worked out. */
    record StageRow(long id, long projectId, int ordinal, String name, List<String> matters, LocalDate target) {}

    /** A meeting row. */
    record MeetingRow(
            long id, long projectId, LocalDate date, String title, String departments, String minutes, String by) {}

    private ProjectStore() {}

    static KeyProject project(ResultSet r) throws SQLException {
        return new KeyProject(
                r.getLong("id"),
                r.getString("code"),
                r.getString("name"),
                r.getString("owner_code"),
                r.getString("owner_name"),
                r.getString("manager"),
                r.getString("jurisdiction_code"),
                Jdbc.instant(r, "created_at"),
                r.getLong("version"));
    }

    static Optional<KeyProject> find(Connection c, long id, boolean lock) throws SQLException {
        return Jdbc.one(
                c,
                "SELECT " + PROJECT_COLUMNS + " FROM kp_project WHERE id = ?" + (lock ? " FOR UPDATE" : ""),
                ProjectStore::project,
                id);
    }

    static List<StageRow> stages(Connection c, long projectId) throws SQLException {
        return Jdbc.list(
                c,
                "SELECT id, project_id, ordinal, name, matters, target_date FROM kp_stage WHERE project_id = ?"
                        + " ORDER BY ordinal",
                ProjectStore::stage,
                projectId);
    }

    /** The stages of these projects, by project, each in order: one query for a page of the list. */
    static java.util.Map<Long, List<StageRow>> stagesOf(Connection c, List<Long> projectIds) throws SQLException {
        java.util.Map<Long, List<StageRow>> byProject = new java.util.HashMap<>();
        if (projectIds.isEmpty()) {
            return byProject;
        }
        for (StageRow s : Jdbc.list(
                c,
                "SELECT id, project_id, ordinal, name, matters, target_date FROM kp_stage WHERE project_id IN ("
                        + Jdbc.marks(projectIds.size()) + ") ORDER BY project_id, ordinal",
                ProjectStore::stage,
                projectIds.toArray())) {
            byProject
                    .computeIfAbsent(s.projectId(), k -> new java.util.ArrayList<>())
                    .add(s);
        }
        return byProject;
    }

    /** The linked cases of these projects, by project: one query for a page of the list. */
    static java.util.Map<Long, List<LinkedCase>> casesOf(Connection c, List<Long> projectIds) throws SQLException {
        java.util.Map<Long, List<LinkedCase>> byProject = new java.util.HashMap<>();
        if (projectIds.isEmpty()) {
            return byProject;
        }
        Jdbc.list(
                c,
                "SELECT project_id, " + CASE_COLUMNS + " FROM kp_case WHERE project_id IN ("
                        + Jdbc.marks(projectIds.size()) + ") ORDER BY linked_at, case_number",
                r -> byProject
                        .computeIfAbsent(r.getLong("project_id"), k -> new java.util.ArrayList<>())
                        .add(linked(r)),
                projectIds.toArray());
        return byProject;
    }

    static Optional<StageRow> stage(Connection c, long stageId) throws SQLException {
        return Jdbc.one(
                c,
                "SELECT id, project_id, ordinal, name, matters, target_date FROM kp_stage WHERE id = ?",
                ProjectStore::stage,
                stageId);
    }

    private static StageRow stage(ResultSet r) throws SQLException {
        return new StageRow(
                r.getLong("id"),
                r.getLong("project_id"),
                r.getInt("ordinal"),
                r.getString("name"),
                Arrays.stream(r.getString("matters").split(","))
                        .filter(s -> !s.isBlank())
                        .toList(),
                r.getObject("target_date", LocalDate.class));
    }

    static List<LinkedCase> cases(Connection c, long projectId) throws SQLException {
        return Jdbc.list(
                c,
                "SELECT " + CASE_COLUMNS + " FROM kp_case WHERE project_id = ? ORDER BY linked_at, case_number",
                ProjectStore::linked,
                projectId);
    }

    static LinkedCase linked(ResultSet r) throws SQLException {
        return new LinkedCase(
                r.getString("case_number"),
                r.getString("matter_code"),
                r.getString("matter_name"),
                r.getString("department_code"),
                r.getString("jurisdiction_code"),
                r.getString("state"),
                Jdbc.instant(r, "received_at"),
                Jdbc.instant(r, "deadline"),
                r.getBoolean("automatic"),
                r.getString("linked_by"),
                Jdbc.instant(r, "linked_at"));
    }

    static List<MeetingRow> meetings(Connection c, long projectId) throws SQLException {
        return Jdbc.list(
                c,
                "SELECT id, project_id, meeting_date, title, departments, minutes, called_by FROM kp_meeting"
                        + " WHERE project_id = ? ORDER BY meeting_date DESC, id DESC",
                ProjectStore::meeting,
                projectId);
    }

    static Optional<MeetingRow> meeting(Connection c, long id) throws SQLException {
        return Jdbc.one(
                c,
                "SELECT id, project_id, meeting_date, title, departments, minutes, called_by FROM kp_meeting"
                        + " WHERE id = ?",
                ProjectStore::meeting,
                id);
    }

    private static MeetingRow meeting(ResultSet r) throws SQLException {
        return new MeetingRow(
                r.getLong("id"),
                r.getLong("project_id"),
                r.getObject("meeting_date", LocalDate.class),
                r.getString("title"),
                r.getString("departments"),
                r.getString("minutes"),
                r.getString("called_by"));
    }

    static List<MeetingAction> actions(Connection c, long meetingId, LocalDate today) throws SQLException {
        return Jdbc.list(
                c,
                "SELECT id, meeting_id, description, owner, due_date, done_at, done_note FROM kp_action"
                        + " WHERE meeting_id = ? ORDER BY id",
                r -> action(r, today),
                meetingId);
    }

    static Optional<MeetingAction> action(Connection c, long id, LocalDate today) throws SQLException {
        return Jdbc.one(
                c,
                "SELECT id, meeting_id, description, owner, due_date, done_at, done_note FROM kp_action WHERE id = ?",
                r -> action(r, today),
                id);
    }

    private static MeetingAction action(ResultSet r, LocalDate today) throws SQLException {
        LocalDate due = r.getObject("due_date", LocalDate.class);
        java.time.Instant done = Jdbc.instant(r, "done_at");
        return new MeetingAction(
                r.getLong("id"),
                r.getLong("meeting_id"),
                r.getString("description"),
                r.getString("owner"),
                due,
                done,
                r.getString("done_note"),
                done == null && today.isAfter(due));
    }
}
