package org.tongban.documents.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.bundle.Header;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.tongban.documents.DocumentException;
import org.tongban.documents.DocumentKind;
import org.tongban.documents.DocumentRequest;
import org.tongban.documents.Documents;
import org.tongban.documents.FormRequest;
import org.tongban.documents.IssuedDocument;
import org.tongban.documents.Verification;
import org.tongban.documents.Verification.Outcome;
import org.tongban.platform.api.PlatformProperties;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.platform.api.security.Jurisdiction;
import org.tongban.platform.api.security.Jurisdictions;

/** Documents rendered with PDFBox, sealed with the city's key and registered in {@code document_issued}. */
@Component(service = Documents.class, configurationPid = JdbcDocuments.PID)
@Designate(ocd = DocumentsConfig.class)
@Header(name = Database.CHANGELOG_HEADER, value = "db/documents-changelog.xml")
public final class JdbcDocuments implements Documents {
    static final String PID = "org.tongban.documents";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final String COLUMNS =
            "id, kind, title, case_number, jurisdiction_code, sha256, size_bytes, issued_at, issued_by";

    private final Database database;
    private final AccessControl accessControl;
    private final AuditLog auditLog;
    private final Jurisdictions jurisdictions;
    private final DocumentSettings settings;
    private final SealKey key;
    private final Clock clock;
    private final Templates templates;
    private final NoticeRenderer renderer = new NoticeRenderer();

    @Activate
    public JdbcDocuments(
            @Reference Database database,
            @Reference AccessControl accessControl,
            @Reference AuditLog auditLog,
            @Reference Jurisdictions jurisdictions,
            DocumentsConfig config,
            BundleContext context) {
        this(
                database,
                accessControl,
                auditLog,
                jurisdictions,
                DocumentSettings.from(config, context.getProperty(PlatformProperties.HOME)),
                SealKeySource.from(context, jurisdictions),
                Clock.systemUTC());
    }

    JdbcDocuments(
            Database database,
            AccessControl accessControl,
            AuditLog auditLog,
            Jurisdictions jurisdictions,
            DocumentSettings settings,
            SealKey key,
            Clock clock) {
        this.database = database;
        this.accessControl = accessControl;
        this.auditLog = auditLog;
        this.jurisdictions = jurisdictions;
        this.settings = settings;
        this.key = key;
        this.clock = clock;
        this.templates = new Templates(settings.templateFolder());
        database.transactions().required(c -> {
            SealTrust.remember(c, key.chain());
            return null;
        });
    }

    @Override
    public IssuedDocument issue(DocumentRequest request) {
        return issue(request, true);
    }

    @Override
    public IssuedDocument issueForApplicant(DocumentRequest request) {
        return issue(request, false);
    }

    @Override
    public IssuedDocument issueForm(FormRequest request) {
        if (request == null) {
            throw DocumentException.of("documents.error.kindMissing");
        }
        FormTemplate form = FormTemplate.of(request);
        return issue(
                DocumentKind.FORM,
                form.template(),
                request.caseNumber(),
                request.jurisdictionCode(),
                form.fields(),
                List.of(),
                true,
                request.code() + " ");
    }

    private IssuedDocument issue(DocumentRequest request, boolean byStaff) {
        if (request == null || request.kind() == null || request.kind() == DocumentKind.FORM) {
            throw DocumentException.of("documents.error.kindMissing");
        }
        return issue(
                request.kind(),
                templates.of(request.kind()),
                request.caseNumber(),
                request.jurisdictionCode(),
                request.fields(),
                request.items(),
                byStaff,
                "");
    }

    private IssuedDocument issue(
            DocumentKind kind,
            DocumentTemplate template,
            String requestedCaseNumber,
            String jurisdictionCode,
            Map<String, String> fields,
            List<String> items,
            boolean byStaff,
            String auditPrefix) {
        String caseNumber = FieldValues.clean(requestedCaseNumber);
        if (caseNumber.isEmpty() || caseNumber.length() > 64) {
            throw DocumentException.of("documents.error.caseNumber");
        }
        Jurisdiction jurisdiction = Optional.ofNullable(jurisdictionCode)
                .flatMap(jurisdictions::find)
                .orElseThrow(() -> DocumentException.of("documents.error.jurisdiction", jurisdictionCode));
        if (byStaff) {
            accessControl.check(ISSUE_PERMISSION, jurisdiction.code());
        }

        Instant now = clock.instant();
        FieldValues values = FieldValues.check(template, fields, automatic(caseNumber, jurisdiction, now));
        if (template.itemsHeading() != null && items.isEmpty()) {
            throw DocumentException.of("documents.error.itemsMissing");
        }
        String title = values.fill(template.title());
        byte[] unsigned = renderer.render(
                template,
                values,
                items,
                new NoticeRenderer.Page(
                        caseNumber, settings.trackingUrlOf(caseNumber), settings.verifyUrl(), key.name()));
        byte[] signed = PdfSealer.seal(unsigned, key, now, title);
        String sha256 = sha256(signed);
        String by =
                byStaff ? accessControl.currentUser().map(CurrentUser::username).orElse("system") : BY_APPLICANT;
        Instant issuedAt = Jdbc.truncate(now);
        return database.transactions().required(c -> {
            long id = Jdbc.insert(
                    c,
                    "INSERT INTO document_issued (kind, title, case_number, jurisdiction_code, sha256, size_bytes,"
                            + " issued_at, issued_by, seal_fingerprint, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    kind,
                    title,
                    caseNumber,
                    jurisdiction.code(),
                    sha256,
                    (long) signed.length,
                    issuedAt,
                    by,
                    SealTrust.fingerprint(key.certificate()),
                    signed);
            auditLog.record("documents.issue", "document/" + id, auditPrefix + caseNumber + " " + title + " " + sha256);
            return new IssuedDocument(
                    id, kind, title, caseNumber, jurisdiction.code(), sha256, signed.length, issuedAt, by);
        });
    }

    @Override
    public Optional<IssuedDocument> find(long id) {
        Optional<IssuedDocument> document = database.transactions()
                .read(c -> Jdbc.one(
                        c, "SELECT " + COLUMNS + " FROM document_issued WHERE id = ?", JdbcDocuments::document, id));
        document.ifPresent(d -> accessControl.check(READ_PERMISSION, d.jurisdictionCode()));
        return document;
    }

    @Override
    public byte[] content(long id) {
        IssuedDocument document = find(id).orElseThrow(() -> DocumentException.of("documents.error.notFound", id));
        return database.transactions()
                .read(c -> Jdbc.one(
                        c, "SELECT content FROM document_issued WHERE id = ?", r -> r.getBytes(1), document.id()))
                .orElseThrow();
    }

    @Override
    public byte[] contentForCase(long id, String caseNumber) {
        return database.transactions()
                .read(c -> Jdbc.one(
                        c,
                        "SELECT content FROM document_issued WHERE id = ? AND case_number = ?",
                        r -> r.getBytes(1),
                        id,
                        caseNumber))
                .orElseThrow(() -> DocumentException.of("documents.error.notFound", id));
    }

    @Override
    public Verification verify(byte[] pdf) {
        if (pdf == null || pdf.length == 0) {
            return verdict(Outcome.NOT_PDF);
        }
        if (pdf.length > settings.maxVerifyBytes()) {
            return verdict(Outcome.TOO_LARGE);
        }
        SignatureCheck.Result checked =
                SignatureCheck.check(pdf, database.transactions().read(SealTrust::all));
        if (checked.outcome() != Outcome.VALID) {
            return new Verification(checked.outcome(), Optional.empty(), checked.signer());
        }
        Optional<IssuedDocument> registered = database.transactions()
                .read(c -> Jdbc.one(
                        c,
                        "SELECT " + COLUMNS + " FROM document_issued WHERE sha256 = ?",
                        JdbcDocuments::document,
                        sha256(pdf)));
        return registered
                .map(d -> new Verification(Outcome.VALID, Optional.of(d), checked.signer()))
                .orElseGet(() -> new Verification(Outcome.NOT_REGISTERED, Optional.empty(), checked.signer()));
    }

    private Map<String, String> automatic(String caseNumber, Jurisdiction jurisdiction, Instant now) {
        return Map.of(
                "caseNumber", caseNumber,
                "jurisdiction", jurisdiction.name(),
                "issuedOn", CHINESE_DATE.format(LocalDate.ofInstant(now, CHINA)),
                "reviewDays", Integer.toString(settings.reviewDays()),
                "litigationMonths", Integer.toString(settings.litigationMonths()));
    }

    private static Verification verdict(Outcome outcome) {
        return new Verification(outcome, Optional.empty(), Optional.empty());
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static IssuedDocument document(ResultSet row) throws SQLException {
        return new IssuedDocument(
                row.getLong("id"),
                DocumentKind.valueOf(row.getString("kind")),
                row.getString("title"),
                row.getString("case_number"),
                row.getString("jurisdiction_code"),
                row.getString("sha256"),
                row.getLong("size_bytes"),
                Jdbc.instant(row, "issued_at"),
                row.getString("issued_by"));
    }
}
