package org.tongban.market.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.osgi.annotation.bundle.Header;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.tongban.credit.CreditRecords;
import org.tongban.market.Agencies;
import org.tongban.market.Agency;
import org.tongban.market.AgencyProfile;
import org.tongban.market.AgencyStaff;
import org.tongban.market.AgencyStatus;
import org.tongban.market.AgencySummary;
import org.tongban.market.AvoidanceEntry;
import org.tongban.market.CreditScore;
import org.tongban.market.DirectoryPage;
import org.tongban.market.DirectoryQuery;
import org.tongban.market.MarketException;
import org.tongban.market.MarketPermissions;
import org.tongban.market.MarketTopics;
import org.tongban.market.NewAgency;
import org.tongban.market.NewQualification;
import org.tongban.market.Qualification;
import org.tongban.market.ServiceType;
import org.tongban.platform.accounts.PublicAccounts;
import org.tongban.platform.api.events.DomainEvents;
import org.tongban.platform.api.identity.CreditCodes;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.files.FileRefusedException;
import org.tongban.platform.files.FileStore;
import org.tongban.platform.files.StoredFile;
import org.tongban.platform.files.UploadKind;
import org.tongban.platform.scheduler.TimerHandler;
import org.tongban.platform.scheduler.Timers;
import org.tongban.platform.workflow.WorkflowClock;
import org.tongban.platform.workflow.Workflows;

/** Service types, agencies, qualifications and the directory; fires the qualification timers. */
@Component(
        service = {Agencies.class, TimerHandler.class},
        property = TimerHandler.NAME + "=" + JdbcAgencies.TIMER,
        configurationPid = MarketConfig.PID)
@Designate(ocd = MarketConfig.class)
@Header(name = Database.CHANGELOG_HEADER, value = "db/market-changelog.xml")
public final class JdbcAgencies implements Agencies, TimerHandler {
    static final String TIMER = "market-qualification";
    private static final Pattern TYPE_CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,19}");
    private static final Pattern PHONE = Pattern.compile("[0-9+\\-() ]{5,30}");

    private final MarketContext ctx;
    private final CreditBook credit;

    @Activate
    @SuppressWarnings("java:S107")
    public JdbcAgencies(
            @Reference Database database,
            @Reference AccessControl access,
            @Reference AuditLog audit,
            @Reference Jurisdictions jurisdictions,
            @Reference Workflows workflows,
            @Reference Timers timers,
            @Reference DomainEvents events,
            @Reference FileStore files,
            @Reference WorkflowClock workingTime,
            @Reference PublicAccounts accounts,
            MarketConfig config) {
        this(Components.context(
                database,
                access,
                audit,
                jurisdictions,
                workflows,
                timers,
                events,
                files,
                workingTime,
                accounts,
                config));
    }

    JdbcAgencies(MarketContext ctx) {
        this.ctx = ctx;
        this.credit = new CreditBook(ctx);
    }

    /** The platform's credit records, whose records in force cost an agency its enterprise-credit part. */
    @Reference(
            cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void setCreditRecords(CreditRecords records) {
        ctx.creditRecords = records;
    }

    public void unsetCreditRecords(CreditRecords records) {
        if (ctx.creditRecords == records) {
            ctx.creditRecords = null;
        }
    }

    // ---- service types

    @Override
    public List<ServiceType> serviceTypes() {
        return ctx.tx.read(
                c -> types(c, "SELECT code, name, statutory, legal_basis FROM market_service_type ORDER BY code"));
    }

    @Override
    public List<ServiceType> serviceTypesFor(String matterCode) {
        return ctx.tx.read(c -> types(
                c,
                "SELECT t.code, t.name, t.statutory, t.legal_basis FROM market_service_type t JOIN"
                        + " market_service_type_matter m ON m.type_code = t.code WHERE m.matter_code = ? ORDER BY t.code",
                matterCode == null ? "" : matterCode.strip()));
    }

    private static List<ServiceType> types(Connection c, String sql, Object... params) throws SQLException {
        List<ServiceType> bare = Jdbc.list(
                c,
                sql,
                r -> new ServiceType(r.getString(1), r.getString(2), r.getBoolean(3), r.getString(4), List.of()),
                params);
        List<ServiceType> full = new ArrayList<>(bare.size());
        for (ServiceType t : bare) {
            full.add(new ServiceType(
                    t.code(),
                    t.name(),
                    t.statutory(),
                    t.legalBasis(),
                    Jdbc.list(
                            c,
                            "SELECT matter_code FROM market_service_type_matter WHERE type_code = ? ORDER BY matter_code",
                            r -> r.getString(1),
                            t.code())));
        }
        return full;
    }

    static Optional<ServiceType> type(Connection c, String code) throws SQLException {
        return types(c, "SELECT code, name, statutory, legal_basis FROM market_service_type WHERE code = ?", code)
                .stream()
                .findFirst();
    }

    @Override
    public ServiceType defineServiceType(ServiceType type) {
        if (type == null
                || type.code() == null
                || !TYPE_CODE.matcher(type.code()).matches()) {
            throw MarketException.of("market.error.typeCode");
        }
        String name = MarketContext.text(type.name(), 100, "market.error.typeName", true);
        String basis = MarketContext.text(type.legalBasis(), 500, "market.error.legalBasis", type.statutory());
        for (String matter : type.matterCodes()) {
            MarketContext.text(matter, 60, "market.error.matterCode", true);
        }
        ctx.access.check(MarketPermissions.CONFIGURE);
        return ctx.tx.required(c -> {
            Jdbc.update(c, "DELETE FROM market_service_type_matter WHERE type_code = ?", type.code());
            if (Jdbc.update(
                            c,
                            "UPDATE market_service_type SET name = ?, statutory = ?, legal_basis = ? WHERE code = ?",
                            name,
                            type.statutory(),
                            basis.isEmpty() ? null : basis,
                            type.code())
                    == 0) {
                Jdbc.update(
                        c,
                        "INSERT INTO market_service_type (code, name, statutory, legal_basis) VALUES (?, ?, ?, ?)",
                        type.code(),
                        name,
                        type.statutory(),
                        basis.isEmpty() ? null : basis);
            }
            for (String matter :
                    type.matterCodes().stream().map(String::strip).distinct().toList()) {
                Jdbc.update(
                        c,
                        "INSERT INTO market_service_type_matter (type_code, matter_code) VALUES (?, ?)",
                        type.code(),
                        matter);
            }
            ctx.audit.record("market.type", "market-type/" + type.code(), name + (type.statutory() ? "（法定）" : ""));
            return type(c, type.code()).orElseThrow();
        });
    }

    // ---- agencies

    @Override
    public Agency register(long accountId, NewAgency agency) {
        String code = ctx.organisation(accountId);
        Checked checked = check(agency, code);
        return ctx.tx.required(c -> {
            if (AgencyRows.byAccount(c, accountId).isPresent()
                    || Jdbc.one(c, "SELECT id FROM market_agency WHERE credit_code = ?", r -> r.getLong(1), code)
                            .isPresent()) {
                throw MarketException.of("market.error.registered");
            }
            long id = Jdbc.insert(
                    c,
                    "INSERT INTO market_agency (account_id, credit_code, name, legal_representative, contact_phone,"
                            + " address, jurisdiction_code, service_area, introduction, status, version)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
                    accountId,
                    code,
                    checked.name,
                    checked.representative,
                    checked.phone,
                    checked.address,
                    agency.jurisdictionCode(),
                    String.join(",", agency.serviceArea()),
                    checked.introduction,
                    AgencyStatus.DRAFT);
            writeStaff(c, id, agency.staff());
            ctx.audit.record("market.register", "market-agency/" + id, code + " " + checked.name);
            return AgencyRows.byId(c, id).orElseThrow();
        });
    }

    @Override
    public Agency update(long accountId, NewAgency agency) {
        String code = ctx.organisation(accountId);
        Checked checked = check(agency, code);
        return ctx.tx.required(c -> {
            Agency current =
                    AgencyRows.byAccount(c, accountId).orElseThrow(() -> MarketException.of("market.error.noAgency"));
            if (current.status() == AgencyStatus.SUBMITTED) {
                throw MarketException.of("market.error.underReview");
            }
            AgencyStatus next = current.status() == AgencyStatus.PUBLISHED ? AgencyStatus.SUBMITTED : current.status();
            Jdbc.update(
                    c,
                    "UPDATE market_agency SET name = ?, legal_representative = ?, contact_phone = ?, address = ?,"
                            + " jurisdiction_code = ?, service_area = ?, introduction = ?, status = ?, version = version + 1"
                            + " WHERE id = ?",
                    checked.name,
                    checked.representative,
                    checked.phone,
                    checked.address,
                    agency.jurisdictionCode(),
                    String.join(",", agency.serviceArea()),
                    checked.introduction,
                    next,
                    current.id());
            Jdbc.update(c, "DELETE FROM market_agency_staff WHERE agency_id = ?", current.id());
            writeStaff(c, current.id(), agency.staff());
            ctx.audit.record("market.update", "market-agency/" + current.id(), checked.name + " → " + next);
            return AgencyRows.byId(c, current.id()).orElseThrow();
        });
    }

    private record Checked(String name, String representative, String phone, String address, String introduction) {}

    private Checked check(NewAgency agency, String accountCode) {
        if (agency == null) {
            throw MarketException.of("market.error.agencyName");
        }
        String code =
                agency.creditCode() == null ? "" : agency.creditCode().strip().toUpperCase(Locale.ROOT);
        if (!CreditCodes.isValid(code)) {
            throw MarketException.of("market.error.creditCode", code);
        }
        if (!code.equals(accountCode)) {
            throw MarketException.of("market.error.notYourCode");
        }
        String name = MarketContext.text(agency.name(), 200, "market.error.agencyName", true);
        String representative =
                MarketContext.text(agency.legalRepresentative(), 50, "market.error.representative", true);
        String phone = MarketContext.text(agency.contactPhone(), 30, "market.error.phone", true);
        if (!PHONE.matcher(phone).matches()) {
            throw MarketException.of("market.error.phone", 30);
        }
        String address = MarketContext.text(agency.address(), 200, "market.error.address", true);
        String introduction = MarketContext.text(agency.introduction(), 1000, "market.error.introduction", false);
        ctx.checkJurisdiction(agency.jurisdictionCode());
        for (String division : agency.serviceArea()) {
            ctx.checkJurisdiction(division);
        }
        if (String.join(",", agency.serviceArea()).length() > 1000) {
            throw MarketException.of("market.error.serviceArea");
        }
        if (agency.staff().isEmpty() || agency.staff().size() > 200) {
            throw MarketException.of("market.error.staff");
        }
        for (AgencyStaff s : agency.staff()) {
            if (s == null) {
                throw MarketException.of("market.error.staff");
            }
            MarketContext.text(s.name(), 50, "market.error.staffName", true);
            MarketContext.text(s.title(), 100, "market.error.staffName", false);
            MarketContext.text(s.certificateNumber(), 50, "market.error.staffName", false);
        }
        return new Checked(name, representative, phone, address, introduction);
    }

    private static void writeStaff(Connection c, long agencyId, List<AgencyStaff> staff) throws SQLException {
        int position = 0;
        for (AgencyStaff s : staff) {
            Jdbc.update(
                    c,
                    "INSERT INTO market_agency_staff (agency_id, position, name, title, certificate_number)"
                            + " VALUES (?, ?, ?, ?, ?)",
                    agencyId,
                    position++,
                    s.name().strip(),
                    s.title() == null ? "" : s.title().strip(),
                    s.certificateNumber() == null ? "" : s.certificateNumber().strip());
        }
    }

    @Override
    public Qualification addQualification(long accountId, NewQualification q, String scanName, byte[] scan) {
        ctx.organisation(accountId);
        if (q == null) {
            throw MarketException.of("market.error.qualificationType");
        }
        String level = MarketContext.text(q.level(), 20, "market.error.level", true);
        String issuer = MarketContext.text(q.issuer(), 100, "market.error.issuer", true);
        String number = MarketContext.text(q.number(), 60, "market.error.certificate", true);
        LocalDate today = ctx.today();
        if (q.validFrom() == null || q.validUntil() == null || q.validFrom().isAfter(today)) {
            throw MarketException.of("market.error.validFrom");
        }
        if (!q.validUntil().isAfter(q.validFrom()) || q.validUntil().isBefore(today)) {
            throw MarketException.of("market.error.validUntil");
        }
        if (q.validUntil().isAfter(q.validFrom().plusYears(10))) {
            throw MarketException.of("market.error.validTooLong");
        }
        if (scan == null || scan.length == 0) {
            throw MarketException.of("market.error.scan");
        }
        return ctx.tx.required(c -> {
            Agency agency =
                    AgencyRows.byAccount(c, accountId).orElseThrow(() -> MarketException.of("market.error.noAgency"));
            if (type(c, q.serviceTypeCode()).isEmpty()) {
                throw MarketException.of("market.error.qualificationType");
            }
            StoredFile file;
            try {
                file = ctx.files.store(UploadKind.MATERIAL, scanName, scan);
            } catch (FileRefusedException e) {
                throw MarketException.of("market.error.file", e.getMessage());
            }
            long id = Jdbc.insert(
                    c,
                    "INSERT INTO market_qualification (agency_id, type_code, level, issuer, number, valid_from,"
                            + " valid_until, scan_file_id, suspended) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    agency.id(),
                    q.serviceTypeCode(),
                    level,
                    issuer,
                    number,
                    q.validFrom(),
                    q.validUntil(),
                    file.id(),
                    false);
            scheduleExpiry(id, agency.id(), q.serviceTypeCode(), q.validUntil());
            ctx.audit.record(
                    "market.qualification",
                    "market-agency/" + agency.id(),
                    q.serviceTypeCode() + " " + level + " " + number + " 至" + q.validUntil());
            return Jdbc.one(
                            c,
                            "SELECT " + AgencyRows.QUALIFICATION_COLUMNS + " FROM market_qualification WHERE id = ?",
                            r -> AgencyRows.qualification(r, today, ctx.rules.qualificationWarningDays()),
                            id)
                    .orElseThrow();
        });
    }

    private void scheduleExpiry(long qualificationId, long agencyId, String type, LocalDate validUntil) {
        Map<String, String> payload =
                Map.of("agency", Long.toString(agencyId), "type", type, "validUntil", validUntil.toString());
        Instant warn = validUntil
                .minusDays(ctx.rules.qualificationWarningDays())
                .atTime(LocalTime.of(9, 0))
                .atZone(MarketContext.ZONE)
                .toInstant();
        if (warn.isAfter(ctx.now())) {
            ctx.timers.schedule(TIMER, qualificationId + "/warn", warn, payload);
        }
        ctx.timers.schedule(
                TIMER,
                qualificationId + "/expire",
                validUntil.plusDays(1).atStartOfDay(MarketContext.ZONE).toInstant(),
                payload);
    }

    @Override
    public void fire(String id, Map<String, String> payload) {
        String[] parts = id.split("/");
        long qualification = Long.parseLong(parts[0]);
        String agency = payload.getOrDefault("agency", "");
        ctx.tx.required(c -> {
            if (parts[1].equals("warn")) {
                ctx.event(MarketTopics.QUALIFICATION_EXPIRING, "market-agency/" + agency, payload);
                ctx.audit.record(
                        "market.qualificationExpiring",
                        "market-agency/" + agency,
                        payload.get("type") + " 资质将于" + payload.get("validUntil") + "到期");
            } else if (Jdbc.update(
                            c,
                            "UPDATE market_qualification SET suspended = ? WHERE id = ? AND suspended = ? AND valid_until < ?",
                            true,
                            qualification,
                            false,
                            ctx.today())
                    > 0) {
                ctx.event(MarketTopics.QUALIFICATION_SUSPENDED, "market-agency/" + agency, payload);
                ctx.audit.record(
                        "market.qualificationSuspended",
                        "market-agency/" + agency,
                        payload.get("type") + " 资质已于" + payload.get("validUntil") + "到期，暂停该类服务");
            }
            return null;
        });
    }

    @Override
    public Agency submit(long accountId) {
        ctx.organisation(accountId);
        return ctx.tx.required(c -> {
            Agency agency =
                    AgencyRows.byAccount(c, accountId).orElseThrow(() -> MarketException.of("market.error.noAgency"));
            if (agency.status() != AgencyStatus.DRAFT && agency.status() != AgencyStatus.RETURNED) {
                throw MarketException.of("market.error.notDraft");
            }
            Jdbc.update(
                    c,
                    "UPDATE market_agency SET status = ?, version = version + 1 WHERE id = ?",
                    AgencyStatus.SUBMITTED,
                    agency.id());
            ctx.audit.record("market.submit", "market-agency/" + agency.id(), agency.name());
            return AgencyRows.byId(c, agency.id()).orElseThrow();
        });
    }

    @Override
    public Optional<Agency> ownAgency(long accountId) {
        return ctx.tx.read(c -> AgencyRows.byAccount(c, accountId));
    }

    @Override
    public List<Agency> reviewQueue() {
        ctx.access.check(MarketPermissions.REVIEW);
        return ctx.tx.read(c -> {
            List<Agency> all = new ArrayList<>();
            for (Agency a : Jdbc.list(
                    c,
                    "SELECT " + AgencyRows.COLUMNS + " FROM market_agency WHERE status = 'SUBMITTED' ORDER BY id",
                    AgencyRows::bare)) {
                if (ctx.access.isPermitted(MarketPermissions.REVIEW, a.jurisdictionCode())) {
                    all.add(AgencyRows.withStaff(c, a));
                }
            }
            return all;
        });
    }

    @Override
    public Agency review(long agencyId, boolean publish, String note) {
        String text = MarketContext.text(note, 500, "market.error.note", !publish);
        Agency agency = ctx.tx
                .read(c -> AgencyRows.byId(c, agencyId))
                .orElseThrow(() -> MarketException.of("market.error.agencyNotFound", agencyId));
        ctx.access.check(MarketPermissions.REVIEW, agency.jurisdictionCode());
        if (agency.status() != AgencyStatus.SUBMITTED) {
            throw MarketException.of("market.error.notSubmitted");
        }
        return ctx.tx.required(c -> {
            AgencyStatus next = publish ? AgencyStatus.PUBLISHED : AgencyStatus.RETURNED;
            int changed = Jdbc.update(
                    c,
                    "UPDATE market_agency SET status = ?, review_note = ?, published_at = COALESCE(published_at, ?),"
                            + " version = version + 1 WHERE id = ? AND status = 'SUBMITTED'",
                    next,
                    text.isEmpty() ? null : text,
                    publish ? ctx.now() : Jdbc.NULL_TIMESTAMP,
                    agencyId);
            if (changed == 0) {
                throw MarketException.of("market.error.notSubmitted");
            }
            ctx.audit.record("market.review", "market-agency/" + agencyId, next + (text.isEmpty() ? "" : "：" + text));
            if (publish) {
                ctx.event(
                        MarketTopics.AGENCY_PUBLISHED,
                        "market-agency/" + agencyId,
                        Map.of("agency", Long.toString(agencyId), "creditCode", agency.creditCode()));
            }
            return AgencyRows.byId(c, agencyId).orElseThrow();
        });
    }

    @Override
    public List<Qualification> qualifications(long agencyId) {
        return ctx.tx.read(
                c -> AgencyRows.qualifications(c, agencyId, ctx.today(), ctx.rules.qualificationWarningDays()));
    }

    @Override
    public byte[] qualificationScan(Long accountId, long qualificationId) {
        long[] row = ctx.tx.read(c -> Jdbc.one(
                        c,
                        "SELECT q.scan_file_id, a.account_id FROM market_qualification q JOIN market_agency a"
                                + " ON a.id = q.agency_id WHERE q.id = ?",
                        r -> new long[] {r.getLong(1), r.getLong(2)},
                        qualificationId)
                .orElseThrow(() -> MarketException.of("market.error.qualificationNotFound", qualificationId)));
        if (accountId == null) {
            ctx.access.check(MarketPermissions.READ);
        } else if (accountId != row[1]) {
            throw MarketException.of("market.error.qualificationNotFound", qualificationId);
        }
        ctx.tx.required(c -> {
            ctx.audit.record("market.scan", "market-qualification/" + qualificationId, "查看资质扫描件");
            return null;
        });
        return ctx.files.content(row[0]);
    }

    @Override
    public Optional<AgencyProfile> profile(long agencyId) {
        LocalDate today = ctx.today();
        return ctx.tx.read(c -> {
            Optional<Agency> agency = AgencyRows.byId(c, agencyId).filter(a -> a.status() == AgencyStatus.PUBLISHED);
            if (agency.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new AgencyProfile(
                    agency.get(),
                    AgencyRows.qualifications(c, agencyId, today, ctx.rules.qualificationWarningDays()),
                    ProjectRows.completedBy(c, agencyId),
                    ProjectRows.ratings(c, agencyId),
                    credit.score(c, agencyId, today.getYear()),
                    credit.conductOf(c, agencyId).stream()
                            .filter(r -> r.appeal() != org.tongban.credit.AppealState.REVOKED)
                            .toList(),
                    credit.listOf(c, agencyId, today)));
        });
    }

    @Override
    public DirectoryPage directory(DirectoryQuery query) {
        if (query == null || query.limit() < 1 || query.limit() > 100 || query.offset() < 0) {
            throw MarketException.of("market.error.page");
        }
        LocalDate today = ctx.today();
        StringBuilder where = new StringBuilder(" FROM market_agency a WHERE a.status = 'PUBLISHED'");
        List<Object> params = new ArrayList<>();
        String text = query.text() == null ? "" : query.text().strip();
        if (!text.isEmpty()) {
            where.append(" AND (a.name LIKE ? ESCAPE '\\' OR a.credit_code LIKE ? ESCAPE '\\')");
            params.add(Jdbc.contains(text));
            params.add(Jdbc.contains(text.toUpperCase(Locale.ROOT)));
        }
        if (query.serviceTypeCode() != null && !query.serviceTypeCode().isBlank()) {
            where.append(" AND EXISTS (SELECT 1 FROM market_qualification q WHERE q.agency_id = a.id"
                    + " AND q.type_code = ? AND q.suspended = ? AND q.valid_until >= ?)");
            params.add(query.serviceTypeCode().strip());
            params.add(false);
            params.add(today);
        }
        if (query.divisionCode() != null && !query.divisionCode().isBlank()) {
            where.append(" AND (a.service_area = '' OR a.service_area LIKE ? ESCAPE '\\')");
            params.add(Jdbc.contains(query.divisionCode().strip()));
        }
        return ctx.tx.read(c -> {
            long total = Jdbc.one(c, "SELECT COUNT(*)" + where, r -> r.getLong(1), params.toArray())
                    .orElse(0L);
            List<Object> page = new ArrayList<>(params);
            page.add(query.offset());
            page.add(query.limit());
            List<Agency> agencies = Jdbc.list(
                    c,
                    "SELECT a." + AgencyRows.COLUMNS.replace(", ", ", a.") + where
                            + " ORDER BY a.name, a.id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
                    AgencyRows::bare,
                    page.toArray());
            return new DirectoryPage(summaries(c, agencies, today), total);
        });
    }

    /**
     * A page of agencies with their services, completed projects, mean rating, score and list: a few queries for the
     * whole page rather than several per agency.
     */
    private List<AgencySummary> summaries(Connection c, List<Agency> agencies, LocalDate today) throws SQLException {
        List<Long> ids = agencies.stream().map(Agency::id).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        String in = CreditBook.placeholders(ids.size());
        Map<Long, List<String>> types = new HashMap<>();
        for (Map.Entry<Long, String> row : Jdbc.list(
                c,
                "SELECT DISTINCT agency_id, type_code FROM market_qualification WHERE agency_id IN (" + in + ")"
                        + " AND suspended = ? AND valid_until >= ? ORDER BY agency_id, type_code",
                r -> Map.entry(r.getLong(1), r.getString(2)),
                CreditBook.with(ids, false, today))) {
            types.computeIfAbsent(row.getKey(), k -> new ArrayList<>()).add(row.getValue());
        }
        Map<Long, Integer> completed = new HashMap<>();
        for (Map.Entry<Long, Integer> row : Jdbc.list(
                c,
                "SELECT winner_agency_id, COUNT(*) FROM market_project WHERE winner_agency_id IN (" + in + ")"
                        + " AND state IN ('COMPLETED', 'RATED') GROUP BY winner_agency_id",
                r -> Map.entry(r.getLong(1), r.getInt(2)),
                ids.toArray())) {
            completed.put(row.getKey(), row.getValue());
        }
        Map<Long, BigDecimal> ratings = new HashMap<>();
        for (Map.Entry<Long, BigDecimal> row : Jdbc.list(
                c,
                "SELECT agency_id, AVG(CAST(quality + timeliness + attitude + price AS DECIMAL(10,4)) / 4)"
                        + " FROM market_rating WHERE agency_id IN (" + in + ") GROUP BY agency_id",
                r -> Map.entry(r.getLong(1), r.getBigDecimal(2).setScale(2, java.math.RoundingMode.HALF_UP)),
                ids.toArray())) {
            ratings.put(row.getKey(), row.getValue());
        }
        Map<Long, CreditScore> scores = credit.scores(c, ids, today.getYear());
        Map<Long, org.tongban.market.CreditList> lists = credit.lists(c, ids, today, scores);
        List<AgencySummary> rows = new ArrayList<>(agencies.size());
        for (Agency a : agencies) {
            rows.add(new AgencySummary(
                    a.id(),
                    a.creditCode(),
                    a.name(),
                    types.getOrDefault(a.id(), List.of()),
                    completed.getOrDefault(a.id(), 0),
                    ratings.get(a.id()),
                    scores.get(a.id()).total(),
                    lists.get(a.id())));
        }
        return rows;
    }

    @Override
    public AvoidanceEntry avoid(String partyCreditCode, String agencyCreditCode, String relation) {
        String party = partyCreditCode == null ? "" : partyCreditCode.strip().toUpperCase(Locale.ROOT);
        String agency = agencyCreditCode == null ? "" : agencyCreditCode.strip().toUpperCase(Locale.ROOT);
        if (!CreditCodes.isValid(party)) {
            throw MarketException.of("market.error.creditCode", party);
        }
        if (!CreditCodes.isValid(agency)) {
            throw MarketException.of("market.error.creditCode", agency);
        }
        String why = MarketContext.text(relation, 200, "market.error.relation", true);
        ctx.access.check(MarketPermissions.CONFIGURE);
        return ctx.tx.required(c -> {
            long id = Jdbc.insert(
                    c,
                    "INSERT INTO market_avoidance (party_code, agency_code, relation) VALUES (?, ?, ?)",
                    party,
                    agency,
                    why);
            ctx.audit.record("market.avoid", "market-avoidance/" + id, party + " / " + agency + "：" + why);
            return new AvoidanceEntry(id, party, agency, why);
        });
    }

    @Override
    public List<AvoidanceEntry> avoidanceList() {
        ctx.access.check(MarketPermissions.READ);
        return ctx.tx.read(c -> Jdbc.list(
                c,
                "SELECT id, party_code, agency_code, relation FROM market_avoidance ORDER BY id",
                r -> new AvoidanceEntry(r.getLong(1), r.getString(2), r.getString(3), r.getString(4))));
    }
}
