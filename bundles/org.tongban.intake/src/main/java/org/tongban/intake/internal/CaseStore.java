package org.tongban.intake.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tongban.intake.Agent;
import org.tongban.intake.Applicant;
import org.tongban.intake.ApplicantKind;
import org.tongban.intake.Channel;
import org.tongban.intake.ChecklistItem;
import org.tongban.intake.IntakeCase;
import org.tongban.intake.MaterialState;
import org.tongban.platform.api.jdbc.Jdbc;

/** The SQL of {@code intake_case} and {@code intake_material}, in the caller's transaction. */
final class CaseStore {
    static final String COLUMNS = "case_number, matter_code, matter_name, guide_version, department_code, matter_type,"
            + " limit_amount, limit_unit, extension_count, extension_amount, extensions_used, applicant_kind,"
            + " applicant_name, applicant_id, agent_name, agent_id, agent_authorisation, channel,"
            + " receiving_jurisdiction, processing_jurisdiction, answers, state, version, group_id, assignee, pledge,"
            + " received_at, received_by";

    private CaseStore() {}

    /**
     * Writes a new case with its checklist (in one batch) and the matter's facts the statistics count: 即办件 or not,
     * and the legal limit.
     */
    static void insert(
            Connection c, StoredCase stored, String receivedBy, boolean instant, Integer legalAmount, String legalUnit)
            throws SQLException {
        IntakeCase k = stored.full();
        Agent agent = k.agent();
        Jdbc.update(
                c,
                "INSERT INTO intake_case (" + COLUMNS + ", instant_matter, legal_limit_amount, legal_limit_unit)"
                        + " VALUES (" + Jdbc.marks(31) + ")",
                k.number(),
                k.matterCode(),
                k.matterName(),
                k.guideVersion(),
                k.departmentCode(),
                stored.matterType(),
                stored.limitAmount(),
                stored.limitUnit(),
                stored.extensionCount(),
                stored.extensionAmount(),
                stored.extensionsUsed(),
                k.applicant().kind(),
                k.applicant().name(),
                k.applicant().identifier(),
                agent == null ? null : agent.name(),
                agent == null ? null : agent.idNumber(),
                agent == null ? null : agent.authorisation(),
                k.channel(),
                k.receivingJurisdiction(),
                k.processingJurisdiction(),
                answersText(k.answers()),
                k.state(),
                k.version(),
                k.groupId(),
                k.assignee(),
                k.pledge(),
                k.receivedAt(),
                receivedBy,
                instant,
                Jdbc.nullableInt(legalAmount),
                legalUnit);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO intake_material (case_number, position, name,"
                + " state, supply_due, supplied_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            for (ChecklistItem item : k.checklist()) {
                Jdbc.bind(
                        ps,
                        k.number(),
                        position++,
                        item.name(),
                        item.state(),
                        item.supplyDue() == null ? Jdbc.NULL_TIMESTAMP : item.supplyDue(),
                        item.suppliedAt() == null ? Jdbc.NULL_TIMESTAMP : item.suppliedAt());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The case, locked for the rest of the transaction when {@code lock}. */
    static Optional<StoredCase> find(Connection c, String number, boolean lock) throws SQLException {
        Optional<StoredCase> head = Jdbc.one(
                c,
                "SELECT " + COLUMNS + " FROM intake_case WHERE case_number = ?" + (lock ? " FOR UPDATE" : ""),
                r -> row(r, List.of()),
                number);
        if (head.isEmpty()) {
            return head;
        }
        return Optional.of(withChecklist(head.get(), checklist(c, number)));
    }

    /** Cases of a query (columns {@link #COLUMNS}), each with its checklist, read in one more query for all. */
    static List<IntakeCase> list(Connection c, String sql, Object... params) throws SQLException {
        List<StoredCase> rows = Jdbc.list(c, sql, r -> row(r, List.of()), params);
        if (rows.isEmpty()) {
            return List.of();
        }
        record Item(String number, ChecklistItem item) {}
        List<Item> items = Jdbc.list(
                c,
                "SELECT case_number, name, state, supply_due, supplied_at FROM intake_material WHERE case_number IN ("
                        + Jdbc.marks(rows.size()) + ") ORDER BY case_number, position",
                r -> new Item(
                        r.getString("case_number"),
                        new ChecklistItem(
                                r.getString("name"),
                                MaterialState.valueOf(r.getString("state")),
                                Jdbc.instant(r, "supply_due"),
                                Jdbc.instant(r, "supplied_at"))),
                rows.stream().map(StoredCase::number).toArray());
        Map<String, List<ChecklistItem>> byCase = new java.util.HashMap<>();
        items.forEach(i -> byCase.computeIfAbsent(i.number(), n -> new java.util.ArrayList<>())
                .add(i.item()));
        List<IntakeCase> cases = new java.util.ArrayList<>();
        for (StoredCase row : rows) {
            cases.add(withChecklist(row, byCase.getOrDefault(row.number(), List.of()))
                    .masked());
        }
        return cases;
    }

    static List<ChecklistItem> checklist(Connection c, String number) throws SQLException {
        return Jdbc.list(
                c,
                "SELECT name, state, supply_due, supplied_at FROM intake_material WHERE case_number = ?"
                        + " ORDER BY position",
                r -> new ChecklistItem(
                        r.getString("name"),
                        MaterialState.valueOf(r.getString("state")),
                        Jdbc.instant(r, "supply_due"),
                        Jdbc.instant(r, "supplied_at")),
                number);
    }

    static void moved(Connection c, String number, String state, long version) throws SQLException {
        Jdbc.update(c, "UPDATE intake_case SET state = ?, version = ? WHERE case_number = ?", state, version, number);
    }

    static void set(Connection c, String number, String column, Object value) throws SQLException {
        Jdbc.update(c, "UPDATE intake_case SET " + column + " = ? WHERE case_number = ?", value, number);
    }

    static void materialState(Connection c, String number, MaterialState from, MaterialState to) throws SQLException {
        Jdbc.update(c, "UPDATE intake_material SET state = ? WHERE case_number = ? AND state = ?", to, number, from);
    }

    static int supplied(Connection c, String number, String material, Instant at) throws SQLException {
        return Jdbc.update(
                c,
                "UPDATE intake_material SET supplied_at = ? WHERE case_number = ? AND name = ? AND state = ?"
                        + " AND supplied_at IS NULL",
                at,
                number,
                material,
                MaterialState.TOLERATED);
    }

    private static StoredCase withChecklist(StoredCase s, List<ChecklistItem> checklist) {
        IntakeCase k = s.full();
        IntakeCase full = new IntakeCase(
                k.number(),
                k.matterCode(),
                k.matterName(),
                k.guideVersion(),
                k.departmentCode(),
                k.applicant(),
                k.agent(),
                k.channel(),
                k.receivingJurisdiction(),
                k.processingJurisdiction(),
                k.answers(),
                checklist,
                k.state(),
                k.version(),
                k.groupId(),
                k.assignee(),
                k.pledge(),
                k.receivedAt());
        return new StoredCase(
                full,
                s.matterType(),
                s.limitAmount(),
                s.limitUnit(),
                s.extensionCount(),
                s.extensionAmount(),
                s.extensionsUsed());
    }

    private static StoredCase row(ResultSet r, List<ChecklistItem> checklist) throws SQLException {
        String agentName = r.getString("agent_name");
        Agent agent = agentName == null
                ? null
                : new Agent(agentName, r.getString("agent_id"), r.getString("agent_authorisation"));
        IntakeCase full = new IntakeCase(
                r.getString("case_number"),
                r.getString("matter_code"),
                r.getString("matter_name"),
                r.getInt("guide_version"),
                r.getString("department_code"),
                new Applicant(
                        ApplicantKind.valueOf(r.getString("applicant_kind")),
                        r.getString("applicant_name"),
                        r.getString("applicant_id")),
                agent,
                Channel.valueOf(r.getString("channel")),
                r.getString("receiving_jurisdiction"),
                r.getString("processing_jurisdiction"),
                answers(r.getString("answers")),
                checklist,
                r.getString("state"),
                r.getLong("version"),
                r.getString("group_id"),
                r.getString("assignee"),
                r.getBoolean("pledge"),
                Jdbc.instant(r, "received_at"));
        return new StoredCase(
                full,
                r.getString("matter_type"),
                r.getInt("limit_amount"),
                r.getString("limit_unit"),
                r.getInt("extension_count"),
                r.getInt("extension_amount"),
                r.getInt("extensions_used"));
    }

    static String answersText(Map<String, String> answers) {
        StringBuilder text = new StringBuilder();
        new java.util.TreeMap<>(answers)
                .forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        return text.toString();
    }

    static Map<String, String> answers(String text) {
        Map<String, String> answers = new LinkedHashMap<>();
        if (text != null) {
            for (String line : text.split("\n")) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    answers.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
        }
        return answers;
    }
}
