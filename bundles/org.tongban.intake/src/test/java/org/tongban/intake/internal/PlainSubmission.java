package org.tongban.intake.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.testing.Jinan;

/**
 * The baseline of {@link IntakeSubmissionBenchmark}: the 26 rows a received and accepted food licence leaves in the
 * database, written with plain JDBC in one transaction per case and with nothing computed: the case and its 4
 * checklist rows, the client's key, the applicant's consent to reuse the business licence, the workflow row and its
 * 2 history rows, the clock and its START event, 8 pending audit entries, 2 outbox events, the 受理通知书 (the bytes of
 * a sealed one, as large as the platform's) with intake's row for it, and 2 notices.
 */
final class PlainSubmission {
    static final int ROWS = 26;
    private static final List<String> MATERIALS = List.of(
            TestCatalogue.APPLICATION_FORM,
            TestCatalogue.BUSINESS_LICENCE,
            TestCatalogue.FLOOR_PLAN,
            TestCatalogue.HEALTH);
    private static final List<String> MATERIAL_STATES =
            List.of("SUBMITTED_ORIGINAL", "REUSED", "SUBMITTED_COPY", "NOT_NEEDED");
    private static final List<String> AUDIT_ACTIONS = List.of(
            "certificates.consent",
            "certificates.lookup",
            "notify.send",
            "intake.receive",
            "worktime.clock.start",
            "documents.issue",
            "notify.send",
            "intake.accept");

    private final DataSource pool;
    private final byte[] pdf;

    PlainSubmission(DataSource pool, byte[] pdf) {
        this.pool = pool;
        this.pdf = pdf;
    }

    void submit(int n) throws SQLException {
        String number = "BL" + String.format("%019d", n);
        Instant now = Jdbc.truncate(Instant.now());
        Instant deadline = now.plus(Duration.ofDays(28));
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                write(c, number, n, now, deadline);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    private void write(Connection c, String number, int n, Instant now, Instant deadline) throws SQLException {
        Jdbc.update(
                c,
                "INSERT INTO intake_case (" + CaseStore.COLUMNS + ", instant_matter, legal_limit_amount,"
                        + " legal_limit_unit) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                number,
                TestCatalogue.FOOD_LICENCE,
                "食品经营许可（新办）",
                3,
                TestCatalogue.MARKET,
                "ADMINISTRATIVE_LICENSING",
                10,
                "WORKING_DAYS",
                1,
                10,
                0,
                "LEGAL_PERSON",
                IntakeTestBase.COMPANY.name(),
                IntakeTestBase.COMPANY.identifier(),
                IntakeTestBase.AGENT.name(),
                IntakeTestBase.AGENT.idNumber(),
                IntakeTestBase.AGENT.authorisation(),
                "WINDOW",
                Jinan.LIXIA,
                Jinan.LIXIA,
                "",
                "ACCEPTED",
                2L,
                null,
                null,
                false,
                now,
                "lixia.window",
                false,
                20,
                "WORKING_DAYS");
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO intake_material (case_number, position, name,"
                + " state, supply_due, supplied_at) VALUES (?, ?, ?, ?, NULL, NULL)")) {
            for (int i = 0; i < MATERIALS.size(); i++) {
                ps.setString(1, number);
                ps.setInt(2, i);
                ps.setString(3, MATERIALS.get(i));
                ps.setString(4, MATERIAL_STATES.get(i));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        Jdbc.update(
                c,
                "INSERT INTO intake_submission (client_key, fingerprint, result, created_at) VALUES (?, ?, ?, ?)",
                "lixia.window/plain-" + n,
                "0".repeat(64),
                number,
                now);
        Jdbc.update(
                c,
                "INSERT INTO certificate_consent (holder_id, case_number, jurisdiction_code, channel, given_at,"
                        + " recorded_by) VALUES (?, ?, ?, ?, ?, ?)",
                IntakeTestBase.COMPANY.identifier(),
                number,
                Jinan.LIXIA,
                "窗口签字同意",
                now,
                "lixia.window");
        long clock = clock(c, number, now, deadline);
        Jdbc.update(
                c,
                "INSERT INTO platform_workflow (kind, aggregate_id, state, version, jurisdiction_code, clock_id,"
                        + " updated_at) VALUES ('intake', ?, 'ACCEPTED', 2, ?, ?, ?)",
                number,
                Jinan.LIXIA,
                clock,
                now);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO platform_workflow_history (kind, aggregate_id,"
                + " from_state, action, to_state, actor, reason, occurred_at) VALUES ('intake', ?, ?, ?, ?,"
                + " 'lixia.window', ?, ?)")) {
            history(ps, number, null, "receive", "RECEIVED", "窗口收件", now);
            history(ps, number, "RECEIVED", "accept", "ACCEPTED", null, now);
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sec_audit_pending (occurred_at, actor,"
                + " actor_jurisdiction, action, target, detail, remote_address) VALUES (?, 'system', NULL, ?, ?, ?,"
                + " NULL)")) {
            for (String action : AUDIT_ACTIONS) {
                Jdbc.setInstant(ps, 1, now);
                ps.setString(2, action);
                ps.setString(3, "intake/" + number);
                ps.setString(4, "食品经营许可（新办） " + number);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO platform_outbox (topic, aggregate, payload, published_at) VALUES (?, ?, ?, ?)")) {
            for (String action : List.of("RECEIVE", "ACCEPT")) {
                ps.setString(1, "intake/" + action);
                ps.setString(2, "intake/" + number);
                ps.setString(3, "{\"id\":\"" + number + "\",\"jurisdiction\":\"370102\",\"to\":\"ACCEPTED\"}");
                Jdbc.setInstant(ps, 4, now);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        long document = Jdbc.insert(
                c,
                "INSERT INTO document_issued (kind, title, case_number, jurisdiction_code, sha256, size_bytes,"
                        + " issued_at, issued_by, seal_fingerprint, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                "ACCEPTANCE",
                "受理通知书",
                number,
                Jinan.LIXIA,
                String.format("%064d", n),
                (long) pdf.length,
                now,
                "lixia.window",
                "0".repeat(64),
                pdf);
        Jdbc.update(
                c,
                "INSERT INTO intake_document (document_id, case_number, kind, title, issued_at) VALUES (?, ?, ?, ?, ?)",
                document,
                number,
                "ACCEPTANCE",
                "受理通知书",
                now);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO notify_message (recipient, jurisdiction_code,"
                + " template, arguments, created_at) VALUES (?, ?, ?, ?, ?)")) {
            for (String template : List.of("intake.received", "intake.accepted")) {
                ps.setString(1, IntakeTestBase.COMPANY.identifier());
                ps.setString(2, Jinan.LIXIA);
                ps.setString(3, template);
                ps.setString(4, "[\"食品经营许可（新办）\",\"" + number + "\"]");
                Jdbc.setInstant(ps, 5, now);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static long clock(Connection c, String number, Instant now, Instant deadline) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO worktime_clock (object_type, object_id, jurisdiction_code, department, matter_type,"
                        + " limit_amount, limit_unit, extension_amount, state, started_at, deadline, warning_at,"
                        + " next_event_at, provisional, cutoff, max_extensions, max_extension_amount)"
                        + " VALUES ('intake', ?, ?, ?, 'ADMINISTRATIVE_LICENSING', 10, 'WORKING_DAYS', 0, 'RUNNING',"
                        + " ?, ?, ?, ?, FALSE, 'END_OF_DAY', 1, 10)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, number);
            ps.setString(2, Jinan.LIXIA);
            ps.setString(3, TestCatalogue.MARKET);
            Jdbc.setInstant(ps, 4, now);
            Jdbc.setInstant(ps, 5, deadline);
            Jdbc.setInstant(ps, 6, deadline.minus(Duration.ofDays(3)));
            Jdbc.setInstant(ps, 7, deadline.minus(Duration.ofDays(3)));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        Jdbc.update(
                c,
                "INSERT INTO worktime_clock_event (clock_id, kind, event_at, actor, reason, amount, approver)"
                        + " VALUES (?, 'START', ?, 'lixia.window', NULL, NULL, NULL)",
                id,
                now);
        return id;
    }

    private static void history(
            PreparedStatement ps, String number, String from, String action, String to, String reason, Instant at)
            throws SQLException {
        ps.setString(1, number);
        ps.setString(2, from);
        ps.setString(3, action);
        ps.setString(4, to);
        ps.setString(5, reason);
        Jdbc.setInstant(ps, 6, at);
        ps.addBatch();
    }
}
