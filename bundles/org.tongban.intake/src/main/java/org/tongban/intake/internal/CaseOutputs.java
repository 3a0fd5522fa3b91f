package org.tongban.intake.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tongban.catalogue.Material;
import org.tongban.catalogue.MatterCatalogue;
import org.tongban.catalogue.ServiceGuide;
import org.tongban.credit.CreditRecords;
import org.tongban.credit.CreditType;
import org.tongban.credit.NewCreditRecord;
import org.tongban.documents.CertificateLibrary;
import org.tongban.documents.DocumentKind;
import org.tongban.documents.DocumentRequest;
import org.tongban.documents.Documents;
import org.tongban.documents.IssuedDocument;
import org.tongban.documents.LibraryCertificate;
import org.tongban.documents.NewCertificate;
import org.tongban.intake.Channel;
import org.tongban.intake.ChecklistItem;
import org.tongban.intake.Delivery;
import org.tongban.intake.FinishedCaseLink;
import org.tongban.intake.IntakeCase;
import org.tongban.intake.IntakeException;
import org.tongban.intake.MaterialState;
import org.tongban.platform.accounts.PublicAccount;
import org.tongban.platform.accounts.PublicAccounts;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.security.Jurisdiction;
import org.tongban.platform.notify.Notification;
import org.tongban.platform.notify.Notifications;

/**
 * What a case's steps hand the applicant, in the step's transaction: the e-sealed documents, the notices through the
 * notification outbox, the result in the certificate library, and the credit records a broken or false pledge entails.
 * A step that fails to issue its document fails as a whole.
 */
final class CaseOutputs {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CaseOutputs.class);
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final IntakeContext context;
    private final MatterCatalogue catalogue;
    private final Documents documents;
    private final CertificateLibrary library;
    private final Notifications notifications;
    private final CreditRecords credit;
    /** The public accounts, when the city runs them: an applicant with an account reads notices in its inbox. */
    volatile PublicAccounts accounts;
    /** The next step another feature offers in the notice of a result (好差评's rating), when there is one. */
    volatile FinishedCaseLink finishedLink;

    CaseOutputs(
            IntakeContext context,
            MatterCatalogue catalogue,
            Documents documents,
            CertificateLibrary library,
            Notifications notifications,
            CreditRecords credit) {
        this.context = context;
        this.catalogue = catalogue;
        this.documents = documents;
        this.library = library;
        this.notifications = notifications;
        this.credit = credit;
    }

    /** 收件: the pledges signed at the window (容缺承诺书, 告知承诺书) and the applicant's notice. */
    void received(Connection c, StoredCase k, boolean byApplicant) throws SQLException {
        IntakeCase full = k.full();
        List<ChecklistItem> tolerated = items(full, MaterialState.TOLERATED);
        if (!tolerated.isEmpty()) {
            Instant due = tolerated.stream()
                    .map(ChecklistItem::supplyDue)
                    .min(Instant::compareTo)
                    .orElseThrow();
            Map<String, String> fields = base(full);
            fields.put("supplyBy", day(due));
            issue(
                    c,
                    k,
                    DocumentKind.TOLERANCE_PLEDGE,
                    full.receivingJurisdiction(),
                    fields,
                    names(tolerated),
                    byApplicant);
        }
        List<ChecklistItem> pledged = items(full, MaterialState.PLEDGED);
        if (!pledged.isEmpty()) {
            Map<String, String> fields = base(full);
            Settings settings = context.settings;
            fields.put(
                    "verifyWithin",
                    settings.pledgeVerificationAmount()
                            + ("WORKING_DAYS".equals(settings.pledgeVerificationUnit()) ? "个工作日" : "日"));
            issue(
                    c,
                    k,
                    DocumentKind.NOTIFICATION_PLEDGE,
                    full.receivingJurisdiction(),
                    fields,
                    names(pledged),
                    byApplicant);
        }
        notify(full, "intake.received", full.matterName(), full.number());
    }

    /** 受理: 受理通知书. */
    void accepted(Connection c, StoredCase k) throws SQLException {
        IntakeCase full = k.full();
        Map<String, String> fields = base(full);
        fields.put("receivedOn", day(full.receivedAt()));
        fields.put("promisedDays", Integer.toString(k.limitAmount()));
        fields.put("window", name(full.receivingJurisdiction()));
        issue(c, k, DocumentKind.ACCEPTANCE, full.processingJurisdiction(), fields, List.of());
        notify(full, "intake.accepted", full.matterName(), full.number(), Integer.toString(k.limitAmount()));
    }

    /** 不予受理: 不予受理决定书 with the reasons, the legal basis and where to seek review or sue. */
    void rejected(Connection c, StoredCase k, String reason, String basis) throws SQLException {
        IntakeCase full = k.full();
        String place = name(full.processingJurisdiction());
        Map<String, String> fields = base(full);
        fields.put("receivedOn", day(full.receivedAt()));
        // 行政复议法 (2023) 第二十四条: the government of the level; 行政诉讼法 第十八条: the court where the body sits.
        fields.put("reviewBody", place + "人民政府");
        fields.put("court", place + "人民法院");
        issue(c, k, DocumentKind.REFUSAL, full.processingJurisdiction(), fields, List.of(reason, "法律依据：" + basis));
        notify(full, "intake.rejected", full.matterName(), full.number(), reason);
    }

    /** 补正: the one-time 补正材料通知书 with every item and the day by which to supply them (24:00). */
    void supplementRequested(Connection c, StoredCase k, List<String> items, LocalDate supplyBy) throws SQLException {
        IntakeCase full = k.full();
        Map<String, String> fields = base(full);
        fields.put("receivedOn", day(full.receivedAt()));
        fields.put("supplyBy", DAY.format(supplyBy) + "24时");
        issue(c, k, DocumentKind.CORRECTION, full.processingJurisdiction(), fields, items);
        notify(full, "intake.supplement", full.matterName(), full.number(), DAY.format(supplyBy) + "24时");
    }

    /** 准予/不予许可: the decision's notice (the result follows at 办结). */
    void decided(StoredCase k, boolean granted) {
        IntakeCase full = k.full();
        if (granted) {
            notify(full, "intake.approved", full.matterName(), full.number());
        } else {
            notifyResult(full, "intake.denied");
        }
    }

    /**
     * 办结: the e-sealed result; a matter that issues an e-certificate (its {@code resultCertificate}) enters it into the
     * certificate library under the case number.
     */
    void completed(Connection c, StoredCase k) throws SQLException {
        IntakeCase full = k.full();
        Optional<ServiceGuide> guide = catalogue.publishedGuide(full.matterCode());
        String type = guide.map(g -> g.matter().resultCertificate())
                .filter(t -> !t.isBlank())
                .orElse(null);
        String result = type != null
                ? type
                : guide.map(g -> g.matter().result())
                        .filter(r -> r != null && !r.isBlank())
                        .orElse(full.matterName());
        LocalDate today = LocalDate.ofInstant(context.now(), CHINA);
        Map<String, String> fields = base(full);
        fields.put("receivedOn", day(full.receivedAt()));
        fields.put("certificateType", Jdbc.clip(result, 100));
        fields.put("certificateNumber", full.number());
        fields.put("validity", "自" + DAY.format(today) + "起长期有效");
        IssuedDocument issued = issue(c, k, DocumentKind.RESULT, full.processingJurisdiction(), fields, List.of());
        if (type != null) {
            LibraryCertificate entered = library.enter(new NewCertificate(
                    type,
                    full.number(),
                    full.applicant().identifier(),
                    full.applicant().name(),
                    full.processingJurisdiction(),
                    full.number(),
                    issued.id(),
                    today,
                    null));
            Jdbc.update(
                    c,
                    "UPDATE intake_document SET certificate_id = ? WHERE document_id = ?",
                    entered.id(),
                    issued.id());
        }
        notifyResult(full, full.resultHeld() ? "intake.completedHeld" : "intake.completed");
    }

    /** 出件: the 送达回证 of the result. */
    void delivered(Connection c, StoredCase k, Delivery delivery) throws SQLException {
        IntakeCase full = k.full();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("recipient", full.applicant().name());
        fields.put("documentName", "准予行政许可决定书（" + Jdbc.clip(full.matterName(), 80) + "）");
        fields.put(
                "method",
                delivery.method() == Delivery.Method.MAIL
                        ? "邮寄送达，运单号 " + delivery.trackingNumber()
                        : "直接送达（窗口领取，已核验身份）");
        fields.put("place", name(full.receivingJurisdiction()));
        fields.put("deliveredOn", day(context.now()));
        fields.put("deliveredBy", context.actor());
        fields.put("authority", authority(full));
        issue(c, k, DocumentKind.SERVICE_RECEIPT, full.receivingJurisdiction(), fields, List.of());
        notify(full, "intake.delivered", full.matterName(), full.number());
    }

    /** A 容缺 deadline passed: the broken pledge goes on the applicant's credit record, and the applicant is told. */
    void pledgeBroken(StoredCase k, List<String> overdue) {
        IntakeCase full = k.full();
        String what = String.join("、", overdue);
        credit.recordConsequence(new NewCreditRecord(
                full.applicant().identifier(),
                CreditType.BROKEN_PLEDGE,
                full.number(),
                "容缺受理承诺的材料逾期未补交：" + what,
                full.processingJurisdiction(),
                LocalDate.ofInstant(context.now(), CHINA),
                null));
        notify(full, "intake.toleranceBroken", full.matterName(), full.number(), what);
    }

    /** A 告知承诺 found false: the decision is revoked, its certificates too, and the false pledge is on record. */
    void pledgeFalse(Connection c, StoredCase k, String finding) throws SQLException {
        IntakeCase full = k.full();
        credit.recordConsequence(new NewCreditRecord(
                full.applicant().identifier(),
                CreditType.FALSE_COMMITMENT,
                full.number(),
                "告知承诺经核查不实：" + Jdbc.clip(finding, 400),
                full.processingJurisdiction(),
                LocalDate.ofInstant(context.now(), CHINA),
                null));
        for (Long id : Jdbc.list(
                c,
                "SELECT certificate_id FROM intake_document WHERE case_number = ? AND certificate_id IS NOT NULL",
                r -> r.getLong(1),
                full.number())) {
            library.revoke(id, "告知承诺不实，撤销许可决定（办件 " + full.number() + "）");
        }
        notify(full, "intake.pledgeFalse", full.matterName(), full.number());
    }

    /**
     * 免提交: a material the applicant marks reused is looked up in the certificate library by its e-certificate type,
     * after recording the applicant's consent for this case, by the receiving window; without a valid certificate the
     * receipt is refused.
     */
    void reuseCertificates(Connection c, StoredCase k, List<Material> materials, boolean byApplicant) {
        IntakeCase full = k.full();
        boolean consented = false;
        for (ChecklistItem item : full.checklist()) {
            if (item.state() != MaterialState.REUSED) {
                continue;
            }
            Optional<String> type = materials.stream()
                    .filter(m -> m.name().equals(item.name()))
                    .map(Material::eCertificate)
                    .filter(t -> t != null && !t.isBlank())
                    .findFirst();
            if (type.isEmpty()) {
                continue; // replaced through data sharing, not the library
            }
            LocalDate today = LocalDate.ofInstant(context.now(), CHINA);
            if (byApplicant) {
                // The applicant ticked the consent online: the holder's own lookup, no window in between.
                if (library.validForHolder(
                                full.applicant().identifier(),
                                type.get(),
                                full.number(),
                                full.receivingJurisdiction(),
                                today,
                                "网上勾选同意")
                        .isEmpty()) {
                    throw IntakeException.of("intake.error.noCertificate", type.get(), item.name());
                }
                continue;
            }
            if (!consented) {
                library.recordConsent(
                        full.applicant().identifier(),
                        full.number(),
                        full.receivingJurisdiction(),
                        full.channel() == Channel.ONLINE || full.channel() == Channel.MOBILE ? "网上勾选同意" : "窗口签字同意");
                consented = true;
            }
            List<LibraryCertificate> valid = library.validForCase(
                    full.applicant().identifier(), type.get(), full.number(), full.receivingJurisdiction(), today);
            if (valid.isEmpty()) {
                throw IntakeException.of("intake.error.noCertificate", type.get(), item.name());
            }
        }
    }

    private IssuedDocument issue(
            Connection c,
            StoredCase k,
            DocumentKind kind,
            String jurisdiction,
            Map<String, String> fields,
            List<String> items)
            throws SQLException {
        return issue(c, k, kind, jurisdiction, fields, items, false);
    }

    /** A document of the case; {@code byApplicant} for the pledges the applicant signs online, with no clerk. */
    private IssuedDocument issue(
            Connection c,
            StoredCase k,
            DocumentKind kind,
            String jurisdiction,
            Map<String, String> fields,
            List<String> items,
            boolean byApplicant)
            throws SQLException {
        DocumentRequest request = new DocumentRequest(kind, k.number(), jurisdiction, fields, items);
        IssuedDocument issued = byApplicant ? documents.issueForApplicant(request) : documents.issue(request);
        Jdbc.update(
                c,
                "INSERT INTO intake_document (document_id, case_number, kind, title, issued_at) VALUES (?, ?, ?, ?, ?)",
                issued.id(),
                k.number(),
                kind.name(),
                issued.title(),
                Jdbc.truncate(issued.issuedAt()));
        return issued;
    }

    /**
     * The notice of a case's result; with the next step another feature offers ({@link FinishedCaseLink}: the rating
     * of the service), its {@code …Rate} variant carries the link as the third argument.
     */
    private void notifyResult(IntakeCase full, String template) {
        FinishedCaseLink next = finishedLink;
        Optional<String> link = Optional.empty();
        if (next != null) {
            try {
                link = next.link(full.number()).filter(l -> l.startsWith("/") && l.length() <= 200);
            } catch (RuntimeException e) {
                LOG.warn("办件 {} 的后续链接未能生成，通知中不附链接：{}", full.number(), e.toString());
            }
        }
        if (link.isPresent()) {
            notify(full, template + "Rate", full.matterName(), full.number(), link.get());
        } else {
            notify(full, template, full.matterName(), full.number());
        }
    }

    /**
     * An in-app notice to the applicant: in the inbox of their public account when they have one, else under their
     * identity number or credit code (an account registered later does not see those).
     */
    private void notify(IntakeCase full, String template, String... arguments) {
        String identifier = full.applicant().identifier();
        PublicAccounts known = accounts;
        String inbox = known == null
                ? identifier
                : known.byIdentifier(identifier).map(PublicAccount::recipient).orElse(identifier);
        notifications.send(Notification.inApp(inbox, full.processingJurisdiction(), template, arguments));
    }

    private Map<String, String> base(IntakeCase full) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("applicant", full.applicant().name());
        fields.put("matter", Jdbc.clip(full.matterName(), 200));
        fields.put("authority", authority(full));
        return fields;
    }

    /** The implementing body of the matter, else its handling department, else the jurisdiction. */
    private String authority(IntakeCase full) {
        Optional<ServiceGuide> guide = catalogue.publishedGuide(full.matterCode());
        return guide.map(g -> g.matter().authority())
                .map(a -> a.bodyName())
                .filter(n -> n != null && !n.isBlank())
                .or(() -> catalogue.department(full.departmentCode()).map(d -> d.name()))
                .map(n -> Jdbc.clip(n, 100))
                .orElseGet(() -> name(full.processingJurisdiction()));
    }

    private String name(String code) {
        return context.jurisdictions.find(code).map(Jurisdiction::name).orElse(code);
    }

    private static String day(Instant at) {
        return DAY.format(at.atZone(CHINA));
    }

    private static List<ChecklistItem> items(IntakeCase full, MaterialState state) {
        return full.checklist().stream().filter(i -> i.state() == state).toList();
    }

    private static List<String> names(List<ChecklistItem> items) {
        return items.stream().map(ChecklistItem::name).toList();
    }
}
