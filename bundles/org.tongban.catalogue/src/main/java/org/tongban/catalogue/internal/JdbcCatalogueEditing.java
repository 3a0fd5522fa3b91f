package org.tongban.catalogue.internal;

import static org.tongban.catalogue.CataloguePermissions.EDIT;
import static org.tongban.catalogue.CataloguePermissions.READ;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.bundle.Header;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.catalogue.Attachment;
import org.tongban.catalogue.AttachmentContent;
import org.tongban.catalogue.CatalogueEditing;
import org.tongban.catalogue.CatalogueException;
import org.tongban.catalogue.CatalogueLimits;
import org.tongban.catalogue.CatalogueNotFoundException;
import org.tongban.catalogue.Department;
import org.tongban.catalogue.Faq;
import org.tongban.catalogue.FieldDifference;
import org.tongban.catalogue.GuideEvent;
import org.tongban.catalogue.GuideQuery;
import org.tongban.catalogue.GuideSummary;
import org.tongban.catalogue.GuideVersion;
import org.tongban.catalogue.LifeEvent;
import org.tongban.catalogue.Matter;
import org.tongban.catalogue.Page;
import org.tongban.catalogue.ServiceGuide;
import org.tongban.platform.api.events.DomainEvents;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.workflow.Workflows;

/** The console's access to the catalogue, in the tables created by {@code db/catalogue-changelog.xml}. */
@Component(service = CatalogueEditing.class)
@Header(name = Database.CHANGELOG_HEADER, value = "db/catalogue-changelog.xml")
public final class JdbcCatalogueEditing implements CatalogueEditing {

    private final CatalogueContext context;
    private final GuideWorkflow workflow;
    private final ReferenceEditing references;

    @Activate
    public JdbcCatalogueEditing(
            @Reference Database database,
            @Reference AccessControl accessControl,
            @Reference AuditLog auditLog,
            @Reference Jurisdictions jurisdictions,
            @Reference DomainEvents events,
            @Reference Workflows workflows) {
        this.context = new CatalogueContext(
                database, accessControl, auditLog, jurisdictions, new CatalogueEvents(events), workflows);
        this.workflow = new GuideWorkflow(context);
        this.references = new ReferenceEditing(context);
    }

    @Override
    public Page<GuideSummary> guides(GuideQuery query) {
        if (query == null || query.jurisdictionCode() == null) {
            throw new CatalogueException("请选择辖区");
        }
        JdbcMatterCatalogue.checkPage(query.page(), query.size());
        context.accessControl().check(READ, query.jurisdictionCode());
        return context.read(c -> {
            Where where = new Where()
                    .in(
                            "m.jurisdiction_code",
                            Scopes.subtree(c, context.jurisdictions(), query.jurisdictionCode(), "catalogue_matter"));
            if (query.status() != null) {
                where.add("v.status = ?", query.status().name());
            }
            if (query.departmentCode() != null) {
                where.add("v.department_code = ?", query.departmentCode());
            }
            where.containsText(query.text(), "v.name", "v.matter_code", "v.base_code");
            long total = Jdbc.one(
                            c,
                            "SELECT COUNT(*)" + GuideStore.GUIDE_FROM + where.sql(),
                            r -> r.getLong(1),
                            where.params())
                    .orElse(0L);
            List<GuideSummary> items = Jdbc.list(
                    c,
                    "SELECT " + GuideStore.GUIDE_COLUMNS + GuideStore.GUIDE_FROM + where.sql()
                            + " ORDER BY m.code LIMIT ? OFFSET ?",
                    GuideStore::guideSummary,
                    where.params(query.size(), (long) query.page() * query.size()));
            return new Page<>(items, query.page(), query.size(), total);
        });
    }

    @Override
    public Optional<ServiceGuide> latest(String code) {
        return context.read(c -> {
            Optional<GuideStore.MatterRow> row = context.readable(c, code, READ);
            if (row.isEmpty()) {
                return Optional.empty();
            }
            return GuideStore.version(c, code, row.get().latestVersion()).map(GuideStore::guide);
        });
    }

    @Override
    public Optional<ServiceGuide> version(String code, int version) {
        return context.read(c -> {
            if (context.readable(c, code, READ).isEmpty()) {
                return Optional.empty();
            }
            return GuideStore.version(c, code, version).map(GuideStore::guide);
        });
    }

    @Override
    public List<GuideVersion> history(String code) {
        return context.read(c -> {
            context.matter(c, code, READ, false);
            return GuideStore.versions(c, code).stream()
                    .map(GuideStore.VersionRow::meta)
                    .toList();
        });
    }

    @Override
    public List<GuideEvent> events(String code) {
        return context.read(c -> {
            context.matter(c, code, READ, false);
            List<Integer> versions = GuideStore.versions(c, code).stream()
                    .map(GuideStore.VersionRow::version)
                    .toList();
            return context.states().events(code, versions);
        });
    }

    @Override
    public List<FieldDifference> diff(String code, int fromVersion, int toVersion) {
        return context.read(c -> {
            context.matter(c, code, READ, false);
            Matter from = GuideStore.version(c, code, fromVersion)
                    .map(GuideStore::guide)
                    .orElseThrow(() -> noVersion(code, fromVersion))
                    .matter();
            Matter to = GuideStore.version(c, code, toVersion)
                    .map(GuideStore::guide)
                    .orElseThrow(() -> noVersion(code, toVersion))
                    .matter();
            return GuideFields.diff(from, to);
        });
    }

    private static CatalogueNotFoundException noVersion(String code, int version) {
        return new CatalogueNotFoundException("事项「" + code + "」没有第" + version + "版");
    }

    @Override
    public ServiceGuide saveDraft(Matter matter, String comment) {
        return workflow.saveDraft(matter, comment);
    }

    @Override
    public ServiceGuide submit(String code, String comment) {
        return workflow.submit(code, comment);
    }

    @Override
    public ServiceGuide recall(String code, String comment) {
        return workflow.recall(code, comment);
    }

    @Override
    public ServiceGuide publish(String code, String comment) {
        return workflow.publish(code, comment);
    }

    @Override
    public ServiceGuide sendBack(String code, String reason) {
        return workflow.sendBack(code, reason);
    }

    @Override
    public ServiceGuide withdraw(String code, String reason) {
        return workflow.withdraw(code, reason);
    }

    @Override
    public Attachment storeAttachment(String fileName, byte[] content) {
        context.accessControl().check(EDIT);
        if (fileName == null || fileName.isBlank()) {
            throw new CatalogueException("附件文件名不能为空");
        }
        if (fileName.length() > 255) {
            throw new CatalogueException("附件文件名不能超过255个字");
        }
        if (content == null || content.length == 0) {
            throw new CatalogueException("附件「" + fileName + "」是空文件");
        }
        if (content.length > CatalogueLimits.MAX_ATTACHMENT_BYTES) {
            throw new CatalogueException("附件「" + fileName + "」超过5MB（" + content.length / 1024 + " KB）");
        }
        String type = Attachments.sniff(content, fileName);
        if (type == null) {
            throw new CatalogueException("附件「" + fileName + "」的类型不受支持，只接受 PDF、DOC、DOCX、XLS、XLSX、JPG、PNG");
        }
        Attachment attachment = new Attachment(Attachments.id(content), fileName.strip(), type, content.length);
        return context.inTransaction(c -> {
            GuideStore.storeAttachment(c, attachment, content, context.actor(), Jdbc.now());
            context.auditLog()
                    .record("catalogue.attachment.store", "attachment/" + attachment.id(), attachment.fileName());
            return attachment;
        });
    }

    @Override
    public Optional<AttachmentContent> attachment(String id) {
        return context.read(c -> {
            List<String> jurisdictions = Jdbc.list(
                    c,
                    "SELECT DISTINCT v.jurisdiction_code, v.status FROM catalogue_version_attachment va"
                            + " JOIN catalogue_guide_version v ON v.id = va.version_id WHERE va.attachment_id = ?",
                    r -> r.getString("status") + ":" + r.getString("jurisdiction_code"),
                    id);
            boolean readable = jurisdictions.isEmpty()
                    ? context.accessControl().isPermitted(EDIT)
                    : jurisdictions.stream()
                            .anyMatch(s -> s.startsWith("PUBLISHED:")
                                    || context.accessControl().isPermitted(READ, s.substring(s.indexOf(':') + 1)));
            return readable ? JdbcMatterCatalogue.content(c, id) : Optional.empty();
        });
    }

    @Override
    public List<Department> departments(String jurisdictionCode) {
        return references.departments(jurisdictionCode);
    }

    @Override
    public Department saveDepartment(Department department) {
        return references.saveDepartment(department);
    }

    @Override
    public List<Faq> faqs(String matterCode) {
        return references.faqs(matterCode);
    }

    @Override
    public Faq saveFaq(Faq faq) {
        return references.saveFaq(faq);
    }

    @Override
    public void deleteFaq(String code) {
        references.deleteFaq(code);
    }

    @Override
    public List<LifeEvent> lifeEvents(String jurisdictionCode) {
        return references.lifeEvents(jurisdictionCode);
    }

    @Override
    public LifeEvent saveLifeEvent(LifeEvent lifeEvent) {
        return references.saveLifeEvent(lifeEvent);
    }

    @Override
    public void deleteLifeEvent(String code) {
        references.deleteLifeEvent(code);
    }
}
