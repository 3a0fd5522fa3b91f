package org.tongban.catalogue.internal;

import static org.tongban.catalogue.CataloguePermissions.EDIT;
import static org.tongban.catalogue.CataloguePermissions.PUBLISH;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.tongban.catalogue.Attachment;
import org.tongban.catalogue.CatalogueDocument;
import org.tongban.catalogue.Department;
import org.tongban.catalogue.Faq;
import org.tongban.catalogue.GuideStatus;
import org.tongban.catalogue.ImportResult;
import org.tongban.catalogue.LifeEvent;
import org.tongban.catalogue.Material;
import org.tongban.catalogue.Matter;
import org.tongban.catalogue.ValidationError;
import org.tongban.platform.api.jdbc.Jdbc;

/**
 * Imports an exchange document in one transaction: every rule is checked first, over the whole document, and
 * nothing is written when any is broken. Items equal to what is stored are left alone.
 */
final class CatalogueImporter {

    /** Whether the importing party holds a permission for a jurisdiction. */
    @FunctionalInterface
    interface Permissions {
        boolean may(String permission, String jurisdictionCode);
    }

    private static final String IMPORTED = "导入";

    private final CatalogueContext context;
    private final Permissions permissions;

    CatalogueImporter(CatalogueContext context, Permissions permissions) {
        this.context = context;
        this.permissions = permissions;
    }

    ImportResult check(CatalogueDocument document, boolean publish) {
        return context.read(c -> run(c, document, publish, false));
    }

    ImportResult importDocument(CatalogueDocument document, boolean publish) {
        Changes changes = new Changes();
        // Validation comes before the first write, so a rejected document leaves nothing to roll back.
        return context.inTransaction(c -> {
            ImportResult result = run(c, document, publish, true, changes);
            if (result.ok()) {
                changes.published.forEach(m -> context.events().published(m.code()));
                changes.faqMatters.forEach(code -> context.events().faqsChanged(code));
            }
            return result;
        });
    }

    private static final class Changes {
        final List<Matter> published = new ArrayList<>();
        final Set<String> faqMatters = new LinkedHashSet<>();
    }

    private ImportResult run(Connection c, CatalogueDocument document, boolean publish, boolean write)
            throws SQLException {
        return run(c, document, publish, write, new Changes());
    }

    private ImportResult run(Connection c, CatalogueDocument document, boolean publish, boolean write, Changes changes)
            throws SQLException {
        List<Matter> matters = document.matters().stream()
                .map(m -> withSniffedTypes(m.matter(), document.attachments()))
                .toList();
        List<ValidationError> errors = validate(c, document, matters, publish);
        if (!errors.isEmpty()) {
            return ImportResult.failed(locate(errors, document.origins()))
                    .withWarnings(locate(document.warnings(), document.origins()));
        }
        String actor = context.actor();
        Instant now = Jdbc.now();
        int departments = 0;
        for (Department department : document.departments()) {
            if (write ? ReferenceStore.saveDepartment(c, department, actor, now) : differs(c, department)) {
                departments++;
                audit(write, "catalogue.department.save", "department/" + department.code(), department.name());
            }
        }
        if (write) {
            storeAttachments(c, matters, document.attachments(), actor, now);
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (int i = 0; i < matters.size(); i++) {
            Matter matter = matters.get(i);
            boolean published = publish || document.matters().get(i).status() == GuideStatus.PUBLISHED;
            GuideStore.Outcome outcome =
                    importMatter(c, GuideStates.load(context.workflows()), matter, published, write, actor, now);
            switch (outcome) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
            }
            if (outcome != GuideStore.Outcome.UNCHANGED) {
                audit(
                        write,
                        "catalogue.import",
                        GuideWorkflow.target(matter.code()),
                        matter.name() + (published ? "（导入并发布）" : "（导入为草稿）"));
                if (published) {
                    changes.published.add(matter);
                }
            }
        }
        int faqs = 0;
        for (Faq faq : document.faqs()) {
            Optional<Faq> old = ReferenceStore.faq(c, faq.code());
            if (old.isPresent() && old.get().equals(faq)) {
                continue;
            }
            if (write) {
                ReferenceStore.saveFaq(c, faq, actor, now);
            }
            faqs++;
            changes.faqMatters.addAll(faq.matterCodes());
            old.ifPresent(o -> changes.faqMatters.addAll(o.matterCodes()));
            audit(write, "catalogue.faq.save", "faq/" + faq.code(), Jdbc.clip(faq.question(), 100));
        }
        int lifeEvents = 0;
        for (LifeEvent event : document.lifeEvents()) {
            Optional<LifeEvent> old = ReferenceStore.lifeEvent(c, event.code());
            if (old.isPresent() && old.get().equals(event)) {
                continue;
            }
            if (write) {
                ReferenceStore.saveLifeEvent(c, event, actor, now);
            }
            lifeEvents++;
            audit(write, "catalogue.lifeEvent.save", "lifeEvent/" + event.code(), event.name());
        }
        ImportResult result = new ImportResult(
                List.of(),
                created,
                updated,
                unchanged,
                departments,
                faqs,
                lifeEvents,
                locate(document.warnings(), document.origins()));
        if (write && result.changedAnything()) {
            context.auditLog()
                    .record(
                            "catalogue.import",
                            "catalogue",
                            "新建" + created + "项，更新" + updated + "项，未变" + unchanged + "项；部门" + departments + "个，问答"
                                    + faqs + "条，一件事" + lifeEvents + "个");
        }
        return result;
    }

    private void audit(boolean write, String action, String target, String detail) {
        if (write) {
            context.auditLog().record(action, target, detail);
        }
    }

    private boolean differs(Connection c, Department department) throws SQLException {
        return !ReferenceStore.department(c, department.code()).equals(Optional.of(department));
    }

    private static GuideStore.Outcome importMatter(
            Connection c, GuideStates states, Matter matter, boolean publish, boolean write, String actor, Instant now)
            throws SQLException {
        Optional<GuideStore.MatterRow> row = GuideStore.matter(c, matter.code(), write);
        Optional<GuideStore.VersionRow> latest = row.isEmpty()
                ? Optional.empty()
                : GuideStore.version(c, matter.code(), row.get().latestVersion());
        if (latest.isPresent() && GuideStore.content(latest.get().content()).equals(matter)) {
            if (!publish || latest.get().status() == GuideStatus.PUBLISHED) {
                return GuideStore.Outcome.UNCHANGED;
            }
            if (write) {
                GuideStore.publish(c, states, row.get(), latest.get().version(), actor, now, IMPORTED);
            }
            return GuideStore.Outcome.UPDATED;
        }
        if (!write) {
            return row.isPresent() ? GuideStore.Outcome.UPDATED : GuideStore.Outcome.CREATED;
        }
        return GuideStore.saveVersion(c, states, row, latest, matter, actor, now, IMPORTED, publish)
                .outcome();
    }

    private List<ValidationError> validate(
            Connection c, CatalogueDocument document, List<Matter> matters, boolean publish) throws SQLException {
        List<ValidationError> errors = new ArrayList<>();
        Map<String, Department> departments = unique(errors, "departments", document.departments(), Department::code);
        Map<String, Matter> byCode = unique(errors, "matters", matters, Matter::code);
        unique(errors, "faqs", document.faqs(), Faq::code);
        unique(errors, "lifeEvents", document.lifeEvents(), LifeEvent::code);
        GuideRules rules = new GuideRules(
                errors, new DocumentLookup(c, context.jurisdictions(), departments, byCode, document.attachments()));
        for (int i = 0; i < document.departments().size(); i++) {
            Department d = document.departments().get(i);
            String at = "departments[" + i + "]";
            rules.department(d, at);
            permit(errors, EDIT, d.jurisdictionCode(), at + ".jurisdiction");
            Optional<Department> old = ReferenceStore.department(c, d.code());
            if (old.isPresent()) {
                permit(errors, EDIT, old.get().jurisdictionCode(), at + ".code");
            }
        }
        for (int i = 0; i < matters.size(); i++) {
            Matter m = matters.get(i);
            String at = "matters[" + i + "]";
            rules.matter(m, at);
            permit(errors, EDIT, m.jurisdictionCode(), at + ".jurisdiction");
            if (publish || document.matters().get(i).status() == GuideStatus.PUBLISHED) {
                permit(errors, PUBLISH, m.jurisdictionCode(), at + ".jurisdiction");
            }
            Optional<GuideStore.MatterRow> old =
                    m.code() == null ? Optional.empty() : GuideStore.matter(c, m.code(), false);
            if (old.isPresent()) {
                permit(errors, EDIT, old.get().jurisdictionCode(), at + ".code");
            }
        }
        for (int i = 0; i < document.faqs().size(); i++) {
            Faq faq = document.faqs().get(i);
            String at = "faqs[" + i + "]";
            rules.faq(faq, at);
            Set<String> linked = new LinkedHashSet<>(faq.matterCodes());
            ReferenceStore.faq(c, faq.code()).ifPresent(old -> linked.addAll(old.matterCodes()));
            for (String code : linked) {
                String jurisdiction = jurisdictionOf(c, code, byCode);
                if (jurisdiction != null) {
                    permit(errors, EDIT, jurisdiction, at + ".matters");
                }
            }
        }
        for (int i = 0; i < document.lifeEvents().size(); i++) {
            LifeEvent event = document.lifeEvents().get(i);
            String at = "lifeEvents[" + i + "]";
            rules.lifeEvent(event, at);
            permit(errors, EDIT, event.jurisdictionCode(), at + ".jurisdiction");
            Optional<LifeEvent> old = ReferenceStore.lifeEvent(c, event.code());
            if (old.isPresent()) {
                permit(errors, EDIT, old.get().jurisdictionCode(), at + ".code");
            }
        }
        errors.sort(Comparator.comparing(e -> order(e.location())));
        return errors;
    }

    // Sections in file order, then by element number, so that errors read top to bottom.
    private static String order(String location) {
        String[] sections = {"format", "departments", "matters", "faqs", "lifeEvents"};
        for (int i = 0; i < sections.length; i++) {
            if (location.startsWith(sections[i])) {
                int open = location.indexOf('[');
                int close = location.indexOf(']');
                String index = open > 0 && close > open ? location.substring(open + 1, close) : "0";
                return i + String.format("%09d", Integer.parseInt(index));
            }
        }
        return "9";
    }

    private String jurisdictionOf(Connection c, String matterCode, Map<String, Matter> inFile) throws SQLException {
        Matter matter = inFile.get(matterCode);
        if (matter != null) {
            return matter.jurisdictionCode();
        }
        return matterCode == null
                ? null
                : GuideStore.matter(c, matterCode, false)
                        .map(GuideStore.MatterRow::jurisdictionCode)
                        .orElse(null);
    }

    private void permit(List<ValidationError> errors, String permission, String jurisdiction, String at) {
        if (jurisdiction == null || context.jurisdictions().find(jurisdiction).isEmpty()) {
            return;
        }
        if (!permissions.may(permission, jurisdiction)) {
            String name = context.jurisdictions().find(jurisdiction).get().name();
            String what = permission.equals(PUBLISH) ? "发布" : "编辑";
            errors.add(new ValidationError(
                    at, "无权" + what + "「" + name + "（" + jurisdiction + "）」的事项目录（需要 " + permission + " 权限）"));
        }
    }

    private static <T> Map<String, T> unique(
            List<ValidationError> errors, String section, List<T> items, Function<T, String> code) {
        Map<String, T> byCode = new LinkedHashMap<>();
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String key = code.apply(items.get(i));
            if (key == null) {
                continue;
            }
            Integer earlier = first.putIfAbsent(key, i);
            if (earlier != null) {
                errors.add(new ValidationError(
                        section + "[" + i + "].code", "编码「" + key + "」重复（与" + section + "[" + earlier + "]相同）"));
            } else {
                byCode.put(key, items.get(i));
            }
        }
        return byCode;
    }

    /** The type an attachment really has, whatever the file claimed, so that equal content compares equal. */
    private static Matter withSniffedTypes(Matter m, Map<String, byte[]> contents) {
        boolean any = m.materials().stream().anyMatch(x -> x.blankForm() != null || x.sample() != null);
        if (!any) {
            return m;
        }
        List<Material> materials = m.materials().stream()
                .map(x -> x.withAttachments(sniffed(x.blankForm(), contents), sniffed(x.sample(), contents)))
                .toList();
        return m.toBuilder().materials(materials).build();
    }

    private static Attachment sniffed(Attachment a, Map<String, byte[]> contents) {
        if (a == null || a.id() == null || contents.get(a.id()) == null) {
            return a;
        }
        byte[] content = contents.get(a.id());
        String type = Attachments.sniff(content, a.fileName());
        return new Attachment(a.id(), a.fileName(), type == null ? a.contentType() : type, content.length);
    }

    private static void storeAttachments(
            Connection c, List<Matter> matters, Map<String, byte[]> contents, String actor, Instant now)
            throws SQLException {
        Set<String> stored = new LinkedHashSet<>();
        for (Matter matter : matters) {
            for (Material material : matter.materials()) {
                for (Attachment a : new Attachment[] {material.blankForm(), material.sample()}) {
                    if (a != null && stored.add(a.id())) {
                        GuideStore.storeAttachment(c, a, contents.get(a.id()), actor, now);
                    }
                }
            }
        }
    }

    /** Rewrites locations inside an element that came from a known place of the source file. */
    static List<ValidationError> locate(List<ValidationError> errors, Map<String, String> origins) {
        if (origins.isEmpty()) {
            return errors;
        }
        List<ValidationError> located = new ArrayList<>();
        for (ValidationError error : errors) {
            String location = error.location();
            String best = null;
            for (String prefix : origins.keySet()) {
                boolean boundary = location.equals(prefix)
                        || (location.startsWith(prefix)
                                && (location.charAt(prefix.length()) == '.'
                                        || location.charAt(prefix.length()) == '['));
                if (boundary && (best == null || prefix.length() > best.length())) {
                    best = prefix;
                }
            }
            located.add(
                    best == null
                            ? error
                            : new ValidationError(
                                    origins.get(best) + location.substring(best.length()), error.message()));
        }
        return located;
    }
}
