package org.tongban.market.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.tongban.market.Agency;
import org.tongban.market.AgencyStaff;
import org.tongban.market.AgencyStatus;
import org.tongban.market.Qualification;
import org.tongban.market.QualificationStatus;
import org.tongban.platform.api.jdbc.Jdbc;

/** Reads agencies and qualifications. */
final class AgencyRows {
    static final String COLUMNS = "id, account_id, credit_code, name, legal_representative, contact_phone, address,"
            + " jurisdiction_code, service_area, introduction, status, review_note, published_at, version";
    static final String QUALIFICATION_COLUMNS =
            "id, agency_id, type_code, level, issuer, number, valid_from, valid_until, scan_file_id, suspended";

    private AgencyRows() {}

    static Optional<Agency> byId(Connection c, long id) throws SQLException {
        Optional<Agency> bare =
                Jdbc.one(c, "SELECT " + COLUMNS + " FROM market_agency WHERE id = ?", AgencyRows::bare, id);
        return bare.isEmpty() ? bare : Optional.of(withStaff(c, bare.get()));
    }

    static Optional<Agency> byAccount(Connection c, long accountId) throws SQLException {
        Optional<Agency> bare = Jdbc.one(
                c, "SELECT " + COLUMNS + " FROM market_agency WHERE account_id = ?", AgencyRows::bare, accountId);
        return bare.isEmpty() ? bare : Optional.of(withStaff(c, bare.get()));
    }

    static Agency withStaff(Connection c, Agency a) throws SQLException {
        List<AgencyStaff> staff = Jdbc.list(
                c,
                "SELECT name, title, certificate_number FROM market_agency_staff WHERE agency_id = ? ORDER BY position",
                r -> new AgencyStaff(r.getString(1), r.getString(2), r.getString(3)),
                a.id());
        return new Agency(
                a.id(),
                a.accountId(),
                a.creditCode(),
                a.name(),
                a.legalRepresentative(),
                a.contactPhone(),
                a.address(),
                a.jurisdictionCode(),
                a.serviceArea(),
                staff,
                a.introduction(),
                a.status(),
                a.reviewNote(),
                a.publishedAt(),
                a.version());
    }

    static Agency bare(ResultSet r) throws SQLException {
        String area = r.getString("service_area");
        return new Agency(
                r.getLong("id"),
                r.getLong("account_id"),
                r.getString("credit_code"),
                r.getString("name"),
                r.getString("legal_representative"),
                r.getString("contact_phone"),
                r.getString("address"),
                r.getString("jurisdiction_code"),
                area.isEmpty() ? List.of() : Arrays.asList(area.split(",")),
                List.of(),
                r.getString("introduction"),
                AgencyStatus.valueOf(r.getString("status")),
                r.getString("review_note"),
                Jdbc.instant(r, "published_at"),
                r.getLong("version"));
    }

    static List<Qualification> qualifications(Connection c, long agencyId, LocalDate today, int warningDays)
            throws SQLException {
        return Jdbc.list(
                c,
                "SELECT " + QUALIFICATION_COLUMNS
                        + " FROM market_qualification WHERE agency_id = ? ORDER BY type_code, valid_until DESC, id",
                r -> qualification(r, today, warningDays),
                agencyId);
    }

    static Qualification qualification(ResultSet r, LocalDate today, int warningDays) throws SQLException {
        LocalDate until = r.getObject("valid_until", LocalDate.class);
        QualificationStatus status = r.getBoolean("suspended") || today.isAfter(until)
                ? QualificationStatus.SUSPENDED
                : today.isBefore(until.minusDays(warningDays))
                        ? QualificationStatus.VALID
                        : QualificationStatus.EXPIRING;
        return new Qualification(
                r.getLong("id"),
                r.getLong("agency_id"),
                r.getString("type_code"),
                r.getString("level"),
                r.getString("issuer"),
                r.getString("number"),
                r.getObject("valid_from", LocalDate.class),
                until,
                r.getLong("scan_file_id"),
                status);
    }
}
