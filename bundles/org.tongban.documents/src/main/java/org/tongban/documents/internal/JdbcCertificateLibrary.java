package org.tongban.documents.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.documents.CertificateLibrary;
import org.tongban.documents.DocumentException;
import org.tongban.documents.HolderConsent;
import org.tongban.documents.LibraryCertificate;
import org.tongban.documents.NewCertificate;
import org.tongban.platform.api.identity.ApplicantKind;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.CurrentUser;

/** The certificate library in {@code certificate_library}, consents in {@code certificate_consent}. */
@Component(service = CertificateLibrary.class)
public final class JdbcCertificateLibrary implements CertificateLibrary {
    private static final String COLUMNS = "id, certificate_type, certificate_number, holder_id, holder_name,"
            + " jurisdiction_code, case_number, document_id, valid_from, valid_until, revoked_at, revoked_reason,"
            + " entered_at";

    /** Who records a consent the holder gave themselves online. */
    static final String HOLDER = "持证人本人";

    private final Database database;
    private final AccessControl accessControl;
    private final AuditLog auditLog;

    @Activate
    public JdbcCertificateLibrary(
            @Reference Database database, @Reference AccessControl accessControl, @Reference AuditLog auditLog) {
        this.database = database;
        this.accessControl = accessControl;
        this.auditLog = auditLog;
    }

    @Override
    public LibraryCertificate enter(NewCertificate c) {
        accessControl.check(ENTER_PERMISSION, c.jurisdictionCode());
        String type = required(c.type(), 100);
        String number = required(c.number(), 100);
        String holderId = holderId(c.holderId());
        String holderName = required(c.holderName(), 200);
        String caseNumber = required(c.caseNumber(), 64);
        if (c.validFrom() == null || (c.validUntil() != null && c.validUntil().isBefore(c.validFrom()))) {
            throw DocumentException.of("certificates.error.validity");
        }
        Instant now = Jdbc.now();
        return database.transactions().required(tx -> {
            if (Jdbc.one(
                            tx,
                            "SELECT 1 FROM certificate_library WHERE certificate_type = ? AND certificate_number = ?",
                            r -> 1,
                            type,
                            number)
                    .isPresent()) {
                throw DocumentException.of("certificates.error.duplicate", type, number);
            }
            long id = Jdbc.insert(
                    tx,
                    "INSERT INTO certificate_library (certificate_type, certificate_number, holder_id, holder_name,"
                            + " jurisdiction_code, case_number, document_id, valid_from, valid_until, entered_at,"
                            + " entered_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    type,
                    number,
                    holderId,
                    holderName,
                    c.jurisdictionCode(),
                    caseNumber,
                    c.documentId() == null ? Jdbc.NULL_LONG : c.documentId(),
                    Date.valueOf(c.validFrom()),
                    c.validUntil() == null ? new Jdbc.Null(Types.DATE) : Date.valueOf(c.validUntil()),
                    now,
                    username());
            auditLog.record("certificates.enter", "certificate/" + id, type + " " + number + " " + caseNumber);
            return find(tx, id);
        });
    }

    @Override
    public HolderConsent recordConsent(String holderId, String caseNumber, String jurisdictionCode, String channel) {
        accessControl.check(USE_PERMISSION, jurisdictionCode);
        return consent(holderId, caseNumber, jurisdictionCode, channel, username());
    }

    @Override
    public List<LibraryCertificate> validForHolder(
            String holderId, String type, String caseNumber, String jurisdictionCode, LocalDate on, String channel) {
        return database.transactions().required(tx -> {
            // One consent per case, however many of its materials the certificates replace.
            if (!consented(tx, holderId(holderId), caseNumber, jurisdictionCode)) {
                consent(holderId, caseNumber, jurisdictionCode, channel, HOLDER);
            }
            return lookup(holderId, type, caseNumber, jurisdictionCode, on);
        });
    }

    private HolderConsent consent(
            String holderId, String caseNumber, String jurisdictionCode, String channel, String by) {
        String holder = holderId(holderId);
        String forCase = required(caseNumber, 64);
        String how = required(channel, 50);
        Instant now = Jdbc.now();
        return database.transactions().required(tx -> {
            long id = Jdbc.insert(
                    tx,
                    "INSERT INTO certificate_consent (holder_id, case_number, jurisdiction_code, channel, given_at,"
                            + " recorded_by) VALUES (?, ?, ?, ?, ?, ?)",
                    holder,
                    forCase,
                    jurisdictionCode,
                    how,
                    now,
                    by);
            auditLog.record("certificates.consent", "case/" + forCase, masked(holder) + " " + how);
            return new HolderConsent(id, holder, forCase, jurisdictionCode, how, now, by);
        });
    }

    @Override
    public List<LibraryCertificate> validForCase(
            String holderId, String type, String caseNumber, String jurisdictionCode, LocalDate on) {
        accessControl.check(USE_PERMISSION, jurisdictionCode);
        return lookup(holderId, type, caseNumber, jurisdictionCode, on);
    }

    private List<LibraryCertificate> lookup(
            String holderId, String type, String caseNumber, String jurisdictionCode, LocalDate on) {
        String holder = holderId(holderId);
        String certificateType = required(type, 100);
        return database.transactions().required(tx -> {
            if (!consented(tx, holder, caseNumber, jurisdictionCode)) {
                throw DocumentException.of("certificates.error.noConsent", caseNumber);
            }
            List<LibraryCertificate> found = Jdbc.list(
                            tx,
                            "SELECT " + COLUMNS + " FROM certificate_library WHERE holder_id = ?"
                                    + " AND certificate_type = ? ORDER BY valid_from DESC, id DESC",
                            JdbcCertificateLibrary::certificate,
                            holder,
                            certificateType)
                    .stream()
                    .filter(certificate -> certificate.validOn(on))
                    .toList();
            // Reading a person's records is audited, including when nothing was found.
            auditLog.record(
                    "certificates.lookup",
                    "case/" + caseNumber,
                    certificateType + " " + masked(holder) + " " + found.size());
            return found;
        });
    }

    @Override
    public LibraryCertificate revoke(long id, String reason) {
        String why = required(reason, 500);
        LibraryCertificate certificate = database.transactions()
                .read(tx -> Jdbc.one(
                        tx,
                        "SELECT " + COLUMNS + " FROM certificate_library WHERE id = ?",
                        JdbcCertificateLibrary::certificate,
                        id))
                .orElseThrow(() -> DocumentException.of("certificates.error.notFound", id));
        accessControl.check(REVOKE_PERMISSION, certificate.jurisdictionCode());
        return database.transactions().required(tx -> {
            int changed = Jdbc.update(
                    tx,
                    "UPDATE certificate_library SET revoked_at = ?, revoked_reason = ? WHERE id = ? AND revoked_at IS NULL",
                    Jdbc.now(),
                    why,
                    id);
            if (changed == 0) {
                throw DocumentException.of("certificates.error.alreadyRevoked", id);
            }
            auditLog.record("certificates.revoke", "certificate/" + id, why);
            return find(tx, id);
        });
    }

    private static LibraryCertificate find(java.sql.Connection tx, long id) throws SQLException {
        return Jdbc.one(
                        tx,
                        "SELECT " + COLUMNS + " FROM certificate_library WHERE id = ?",
                        JdbcCertificateLibrary::certificate,
                        id)
                .orElseThrow();
    }

    private static boolean consented(java.sql.Connection tx, String holder, String caseNumber, String jurisdictionCode)
            throws SQLException {
        return Jdbc.one(
                        tx,
                        "SELECT 1 FROM certificate_consent WHERE holder_id = ? AND case_number = ?"
                                + " AND jurisdiction_code = ?",
                        r -> 1,
                        holder,
                        caseNumber,
                        jurisdictionCode)
                .isPresent();
    }

    private String username() {
        return accessControl.currentUser().map(CurrentUser::username).orElse("system");
    }

    private static String holderId(String id) {
        String cleaned = id == null ? "" : id.strip().toUpperCase(Locale.ROOT);
        if (ApplicantKind.of(cleaned) == null) {
            throw DocumentException.of("certificates.error.holderId");
        }
        return cleaned;
    }

    /** The audit log names a holder by the first four and last four characters only. */
    static String masked(String holderId) {
        return holderId.substring(0, 4) + "**********" + holderId.substring(14);
    }

    private static String required(String value, int max) {
        String cleaned = FieldValues.clean(value);
        if (cleaned.isEmpty() || cleaned.length() > max) {
            throw DocumentException.of("certificates.error.field", max);
        }
        return cleaned;
    }

    private static LibraryCertificate certificate(ResultSet row) throws SQLException {
        long document = row.getLong("document_id");
        Long documentId = row.wasNull() ? null : document;
        Date until = row.getDate("valid_until");
        return new LibraryCertificate(
                row.getLong("id"),
                row.getString("certificate_type"),
                row.getString("certificate_number"),
                row.getString("holder_id"),
                row.getString("holder_name"),
                row.getString("jurisdiction_code"),
                row.getString("case_number"),
                documentId,
                row.getDate("valid_from").toLocalDate(),
                until == null ? null : until.toLocalDate(),
                Jdbc.instant(row, "revoked_at"),
                row.getString("revoked_reason"),
                Jdbc.instant(row, "entered_at"));
    }
}
