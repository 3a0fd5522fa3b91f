package org.tongban.credit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.osgi.annotation.bundle.Header;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.tongban.credit.AppealState;
import org.tongban.credit.CreditException;
import org.tongban.credit.CreditRecord;
import org.tongban.credit.CreditRecords;
import org.tongban.credit.NewCreditRecord;
import org.tongban.platform.api.identity.ApplicantKind;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.platform.api.security.Jurisdictions;

/** Credit records in the table {@code credit_record}. */
@Component(service = CreditRecords.class, configurationPid = CreditConfig.PID)
@Designate(ocd = CreditConfig.class)
@Header(name = Database.CHANGELOG_HEADER, value = "db/credit-changelog.xml")
public final class JdbcCreditRecords implements CreditRecords {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final int MAX_SOURCE = 100;
    private static final int MAX_TEXT = 500;
    private static final String COLUMNS = "id, applicant_id, type, source, detail, jurisdiction_code, recorded_on,"
            + " expires_on, recorded_by, appeal_state, appeal_reason, appeal_decision";

    private final Database database;
    private final AccessControl accessControl;
    private final AuditLog auditLog;
    private final Jurisdictions jurisdictions;
    private final Validity validity;
    private final Clock clock;

    @Activate
    public JdbcCreditRecords(
            @Reference Database database,
            @Reference AccessControl accessControl,
            @Reference AuditLog auditLog,
            @Reference Jurisdictions jurisdictions,
            CreditConfig config) {
        this(database, accessControl, auditLog, jurisdictions, Validity.of(config), Clock.system(ZONE));
    }

    JdbcCreditRecords(
            Database database,
            AccessControl accessControl,
            AuditLog auditLog,
            Jurisdictions jurisdictions,
            Validity validity,
            Clock clock) {
        this.database = database;
        this.accessControl = accessControl;
        this.auditLog = auditLog;
        this.jurisdictions = jurisdictions;
        this.validity = validity;
        this.clock = clock;
    }

    @Override
    public CreditRecord record(NewCreditRecord record) {
        return write(record, true);
    }

    @Override
    public CreditRecord recordConsequence(NewCreditRecord record) {
        return write(record, false);
    }

    private CreditRecord write(NewCreditRecord record, boolean checkPermission) {
        String applicant = applicant(record.applicantId());
        if (record.type() == null) {
            throw CreditException.of("credit.error.type");
        }
        String source = text(record.source(), MAX_SOURCE, "credit.error.source", true);
        String detail = text(record.detail(), MAX_TEXT, "credit.error.detail", false);
        String jurisdiction = record.jurisdictionCode();
        if (jurisdiction == null || jurisdictions.find(jurisdiction).isEmpty()) {
            throw CreditException.of("credit.error.jurisdiction", jurisdiction);
        }
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        LocalDate day = record.recordedOn() == null ? today : record.recordedOn();
        if (day.isAfter(today)) {
            throw CreditException.of("credit.error.futureDay");
        }
        LocalDate expires = record.expiresOn() == null ? day.plusYears(validity.years()) : record.expiresOn();
        if (!expires.isAfter(day) || expires.isAfter(day.plusYears(validity.maxYears()))) {
            throw CreditException.of("credit.error.expiry", validity.maxYears());
        }
        if (checkPermission) {
            accessControl.check(RECORD_PERMISSION, jurisdiction);
        }

        String by = username();
        return database.transactions().required(c -> {
            long id = Jdbc.insert(
                    c,
                    "INSERT INTO credit_record (applicant_id, type, source, detail, jurisdiction_code, recorded_on,"
                            + " expires_on, recorded_by, recorded_at, appeal_state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    applicant,
                    record.type(),
                    source,
                    detail,
                    jurisdiction,
                    day,
                    expires,
                    by,
                    Jdbc.truncate(clock.instant()),
                    AppealState.NONE);
            auditLog.record(
                    "credit.record",
                    target(id),
                    ApplicantKind.display(applicant) + " " + record.type() + " " + source + "，" + day + "至" + expires);
            return find(id);
        });
    }

    @Override
    public List<CreditRecord> records(String applicantId) {
        String applicant = applicant(applicantId);
        accessControl.check(READ_PERMISSION);
        return database.transactions().required(c -> {
            List<CreditRecord> records = Jdbc.list(
                    c,
                    "SELECT " + COLUMNS
                            + " FROM credit_record WHERE applicant_id = ? ORDER BY recorded_on DESC, id DESC",
                    JdbcCreditRecords::creditRecord,
                    applicant);
            // Who looked at whose credit is itself on record.
            auditLog.record("credit.read", "credit/" + ApplicantKind.display(applicant), records.size() + " 条");
            return records;
        });
    }

    @Override
    public boolean hasBadRecord(String applicantId, LocalDate asOf) {
        String applicant = applicant(applicantId);
        accessControl.check(READ_PERMISSION);
        return inForce(applicant, asOf);
    }

    @Override
    public boolean barsTolerance(String applicantId, LocalDate asOf) {
        return inForce(applicant(applicantId), asOf);
    }

    private boolean inForce(String applicant, LocalDate asOf) {
        LocalDate day = asOf == null ? LocalDate.now(clock.withZone(ZONE)) : asOf;
        return database.transactions().read(c -> Jdbc.one(
                        c,
                        "SELECT id FROM credit_record WHERE applicant_id = ? AND recorded_on <= ? AND expires_on > ?"
                                + " AND appeal_state <> 'REVOKED' FETCH FIRST 1 ROWS ONLY",
                        row -> row.getLong(1),
                        applicant,
                        day,
                        day)
                .isPresent());
    }

    @Override
    public CreditRecord lodgeAppeal(long recordId, String reason) {
        String text = text(reason, MAX_TEXT, "credit.error.reason", true);
        CreditRecord record = existing(recordId);
        accessControl.check(RECORD_PERMISSION, record.jurisdictionCode());
        return database.transactions().required(c -> {
            int changed = Jdbc.update(
                    c,
                    "UPDATE credit_record SET appeal_state = 'LODGED', appeal_reason = ?, appeal_lodged_at = ?"
                            + " WHERE id = ? AND appeal_state = 'NONE'",
                    text,
                    Jdbc.truncate(clock.instant()),
                    recordId);
            if (changed == 0) {
                throw CreditException.of("credit.error.appealLodged");
            }
            auditLog.record("credit.appeal", target(recordId), text);
            return find(recordId);
        });
    }

    @Override
    public CreditRecord decideAppeal(long recordId, boolean revoke, String reasoning) {
        String text = text(reasoning, MAX_TEXT, "credit.error.reason", true);
        CreditRecord record = existing(recordId);
        accessControl.check(DECIDE_PERMISSION, record.jurisdictionCode());
        AppealState outcome = revoke ? AppealState.REVOKED : AppealState.DISMISSED;
        return database.transactions().required(c -> {
            int changed = Jdbc.update(
                    c,
                    "UPDATE credit_record SET appeal_state = ?, appeal_decision = ?, appeal_decided_by = ?,"
                            + " appeal_decided_at = ? WHERE id = ? AND appeal_state = 'LODGED'",
                    outcome,
                    text,
                    username(),
                    Jdbc.truncate(clock.instant()),
                    recordId);
            if (changed == 0) {
                throw CreditException.of("credit.error.noAppeal");
            }
            auditLog.record("credit.decide", target(recordId), outcome + "：" + text);
            return find(recordId);
        });
    }

    private CreditRecord existing(long id) {
        return database.transactions().read(c -> Jdbc.one(
                        c,
                        "SELECT " + COLUMNS + " FROM credit_record WHERE id = ?",
                        JdbcCreditRecords::creditRecord,
                        id)
                .orElseThrow(() -> CreditException.of("credit.error.notFound", id)));
    }

    private CreditRecord find(long id) {
        return existing(id);
    }

    private static String applicant(String identifier) {
        if (ApplicantKind.of(identifier) == null) {
            throw CreditException.of(
                    "credit.error.applicant", ApplicantKind.display(identifier == null ? "" : identifier));
        }
        return identifier.strip().toUpperCase(java.util.Locale.ROOT);
    }

    private static String text(String value, int max, String key, boolean required) {
        String stripped = value == null ? "" : value.strip();
        if ((required && stripped.isEmpty()) || stripped.length() > max) {
            throw CreditException.of(key);
        }
        return stripped;
    }

    private String username() {
        return accessControl.currentUser().map(CurrentUser::username).orElse("system");
    }

    private static String target(long id) {
        return "credit/" + id;
    }

    private static CreditRecord creditRecord(ResultSet row) throws SQLException {
        return new CreditRecord(
                row.getLong("id"),
                ApplicantKind.display(row.getString("applicant_id")),
                org.tongban.credit.CreditType.valueOf(row.getString("type")),
                row.getString("source"),
                row.getString("detail"),
                row.getString("jurisdiction_code"),
                row.getObject("recorded_on", LocalDate.class),
                row.getObject("expires_on", LocalDate.class),
                row.getString("recorded_by"),
                AppealState.valueOf(row.getString("appeal_state")),
                row.getString("appeal_reason"),
                row.getString("appeal_decision"));
    }
}
