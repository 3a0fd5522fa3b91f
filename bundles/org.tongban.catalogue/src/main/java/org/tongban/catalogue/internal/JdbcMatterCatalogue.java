package org.tongban.catalogue.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.catalogue.Attachment;
import org.tongban.catalogue.AttachmentContent;
import org.tongban.catalogue.CatalogueException;
import org.tongban.catalogue.CatalogueLimits;
import org.tongban.catalogue.CatalogueNotFoundException;
import org.tongban.catalogue.Department;
import org.tongban.catalogue.Faq;
import org.tongban.catalogue.LifeEvent;
import org.tongban.catalogue.Material;
import org.tongban.catalogue.MaterialRef;
import org.tongban.catalogue.Matter;
import org.tongban.catalogue.MatterCatalogue;
import org.tongban.catalogue.MatterQuery;
import org.tongban.catalogue.MatterSummary;
import org.tongban.catalogue.Page;
import org.tongban.catalogue.ServedAudience;
import org.tongban.catalogue.ServiceGuide;
import org.tongban.catalogue.SituationOption;
import org.tongban.catalogue.SituationQuestion;
import org.tongban.catalogue.TailoredMatter;
import org.tongban.catalogue.Tailoring;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.security.Jurisdictions;

/** The public catalogue: published versions only, no permission checks because nothing here is confidential. */
@Component(service = MatterCatalogue.class)
public final class JdbcMatterCatalogue implements MatterCatalogue {

    private final Database database;
    private final Jurisdictions jurisdictions;

    @Activate
    public JdbcMatterCatalogue(@Reference Database database, @Reference Jurisdictions jurisdictions) {
        this.database = database;
        this.jurisdictions = jurisdictions;
    }

    @Override
    public List<Department> departments(String jurisdictionCode) {
        List<String> ancestry = Scopes.ancestry(jurisdictions, jurisdictionCode);
        Where where = new Where().in("jurisdiction_code", ancestry);
        List<Department> departments = database.transactions()
                .read(c -> Jdbc.list(
                        c,
                        "SELECT " + ReferenceStore.DEPARTMENT_COLUMNS + " FROM catalogue_department" + where.sql(),
                        ReferenceStore::department,
                        where.params()));
        return departments.stream()
                .sorted(Comparator.comparingInt((Department d) -> ancestry.indexOf(d.jurisdictionCode()))
                        .thenComparing(Department::code))
                .toList();
    }

    @Override
    public Optional<Department> department(String code) {
        return database.transactions().read(c -> ReferenceStore.department(c, code));
    }

    @Override
    public Page<MatterSummary> publishedMatters(MatterQuery query) {
        if (query == null) {
            throw new CatalogueException("查询条件不能为空");
        }
        checkPage(query.page(), query.size());
        Where where = new Where().add("v.status = 'PUBLISHED'");
        if (query.jurisdictionCode() != null) {
            where.in("v.jurisdiction_code", Scopes.ancestry(jurisdictions, query.jurisdictionCode()));
        }
        if (query.departmentCode() != null) {
            where.add("v.department_code = ?", query.departmentCode());
        }
        if (query.audience() == ServedAudience.NATURAL_PERSON) {
            where.add("v.for_natural_person = TRUE");
        } else if (query.audience() == ServedAudience.LEGAL_PERSON) {
            where.add("v.for_legal_person = TRUE");
        }
        if (query.lifeEventCode() != null) {
            where.add(
                    "v.matter_code IN (SELECT matter_code FROM catalogue_life_event_matter WHERE life_event_code = ?)",
                    query.lifeEventCode());
        }
        where.containsText(query.text(), "v.name", "v.matter_code");
        return database.transactions().read(c -> {
            long total = Jdbc.one(
                            c,
                            "SELECT COUNT(*)" + GuideStore.SUMMARY_FROM + where.sql(),
                            r -> r.getLong(1),
                            where.params())
                    .orElse(0L);
            List<MatterSummary> items = Jdbc.list(
                    c,
                    "SELECT " + GuideStore.SUMMARY_COLUMNS + GuideStore.SUMMARY_FROM + where.sql()
                            + " ORDER BY v.name, v.matter_code LIMIT ? OFFSET ?",
                    GuideStore::summary,
                    where.params(query.size(), (long) query.page() * query.size()));
            return new Page<>(items, query.page(), query.size(), total);
        });
    }

    static void checkPage(int page, int size) {
        if (page < 0) {
            throw new CatalogueException("页码不能小于0（当前为" + page + "）");
        }
        if (size < 1 || size > CatalogueLimits.MAX_PAGE_SIZE) {
            throw new CatalogueException("每页条数应在1到" + CatalogueLimits.MAX_PAGE_SIZE + "之间（当前为" + size + "）");
        }
    }

    @Override
    public Optional<Matter> publishedMatter(String code) {
        return publishedGuide(code).map(ServiceGuide::matter);
    }

    @Override
    public Optional<ServiceGuide> publishedGuide(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return database.transactions().read(c -> published(c, code));
    }

    private static Optional<ServiceGuide> published(Connection c, String code) throws SQLException {
        Optional<GuideStore.MatterRow> row = GuideStore.matter(c, code, false);
        if (row.isEmpty() || row.get().publishedVersion() == null) {
            return Optional.empty();
        }
        return GuideStore.version(c, code, row.get().publishedVersion()).map(GuideStore::guide);
    }

    @Override
    public List<Faq> faqs(String matterCode) {
        return database.transactions().read(c -> {
            Optional<GuideStore.MatterRow> row = GuideStore.matter(c, matterCode, false);
            if (row.isEmpty() || row.get().publishedVersion() == null) {
                return List.of();
            }
            return ReferenceStore.faqs(
                    c, "f.code IN (SELECT faq_code FROM catalogue_faq_matter WHERE matter_code = ?)", matterCode);
        });
    }

    @Override
    public List<LifeEvent> lifeEvents(String jurisdictionCode) {
        List<String> ancestry = Scopes.ancestry(jurisdictions, jurisdictionCode);
        return database.transactions().read(c -> ReferenceStore.lifeEvents(c, ancestry));
    }

    @Override
    public Optional<LifeEvent> lifeEvent(String code) {
        return database.transactions().read(c -> ReferenceStore.lifeEvent(c, code));
    }

    @Override
    public Tailoring tailor(String lifeEventCode, Map<String, String> answers) {
        LifeEvent event = lifeEvent(lifeEventCode)
                .orElseThrow(() -> new CatalogueNotFoundException("一件事「" + lifeEventCode + "」不存在"));
        List<SituationOption> chosen = chosenOptions(event, answers);
        Set<MaterialRef> conditional = new HashSet<>();
        event.questions().forEach(q -> q.options().forEach(o -> conditional.addAll(o.addMaterials())));
        Set<MaterialRef> added = new HashSet<>();
        Set<MaterialRef> removed = new HashSet<>();
        Set<String> matterCodes = new LinkedHashSet<>(event.matterCodes());
        for (SituationOption option : chosen) {
            added.addAll(option.addMaterials());
            removed.addAll(option.removeMaterials());
            matterCodes.addAll(option.addMatters());
        }
        List<TailoredMatter> matters = new ArrayList<>();
        for (String code : matterCodes) {
            publishedMatter(code).ifPresent(matter -> {
                List<Material> materials = matter.materials().stream()
                        .filter(m -> {
                            MaterialRef ref = new MaterialRef(code, m.name());
                            return (!conditional.contains(ref) || added.contains(ref)) && !removed.contains(ref);
                        })
                        .toList();
                matters.add(new TailoredMatter(matter, materials));
            });
        }
        return new Tailoring(event, matters);
    }

    private static List<SituationOption> chosenOptions(LifeEvent event, Map<String, String> answers) {
        List<SituationOption> chosen = new ArrayList<>();
        for (Map.Entry<String, String> answer : answers.entrySet()) {
            SituationQuestion question = event.questions().stream()
                    .filter(q -> q.code().equals(answer.getKey()))
                    .findFirst()
                    .orElseThrow(
                            () -> new CatalogueException("一件事「" + event.name() + "」没有问题「" + answer.getKey() + "」"));
            chosen.add(question.options().stream()
                    .filter(o -> o.code().equals(answer.getValue()))
                    .findFirst()
                    .orElseThrow(() ->
                            new CatalogueException("问题「" + question.text() + "」没有选项「" + answer.getValue() + "」")));
        }
        return chosen;
    }

    @Override
    public Optional<AttachmentContent> publishedAttachment(String id) {
        return database.transactions().read(c -> {
            boolean published = Jdbc.one(
                            c,
                            "SELECT 1 FROM catalogue_version_attachment va JOIN catalogue_guide_version v"
                                    + " ON v.id = va.version_id WHERE va.attachment_id = ? AND v.status = 'PUBLISHED'",
                            r -> r.getInt(1),
                            id)
                    .isPresent();
            return published ? content(c, id) : Optional.empty();
        });
    }

    static Optional<AttachmentContent> content(Connection c, String id) throws SQLException {
        Optional<Attachment> attachment = GuideStore.attachment(c, id);
        if (attachment.isEmpty()) {
            return Optional.empty();
        }
        return GuideStore.attachmentContent(c, id).map(bytes -> new AttachmentContent(attachment.get(), bytes));
    }
}
