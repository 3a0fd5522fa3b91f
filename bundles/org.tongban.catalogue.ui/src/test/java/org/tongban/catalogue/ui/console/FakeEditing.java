package org.tongban.catalogue.ui.console;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tongban.catalogue.Attachment;
import org.tongban.catalogue.AttachmentContent;
import org.tongban.catalogue.CatalogueEditing;
import org.tongban.catalogue.CatalogueException;
import org.tongban.catalogue.CatalogueLimits;
import org.tongban.catalogue.CataloguePermissions;
import org.tongban.catalogue.CatalogueValidationException;
import org.tongban.catalogue.Department;
import org.tongban.catalogue.Faq;
import org.tongban.catalogue.FieldDifference;
import org.tongban.catalogue.GuideAction;
import org.tongban.catalogue.GuideEvent;
import org.tongban.catalogue.GuideQuery;
import org.tongban.catalogue.GuideStatus;
import org.tongban.catalogue.GuideSummary;
import org.tongban.catalogue.GuideVersion;
import org.tongban.catalogue.LifeEvent;
import org.tongban.catalogue.Matter;
import org.tongban.catalogue.MatterSummary;
import org.tongban.catalogue.Page;
import org.tongban.catalogue.ServiceGuide;
import org.tongban.catalogue.ValidationError;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.testing.TestJurisdictions;

/**
 * The editing service in memory, with the workflow's rules and permission checks as the real one has them (a version
 * per content change, draft → review → published), enough for the console views to be driven as a clerk would.
 */
final class FakeEditing implements CatalogueEditing {
    private final AccessControl access;
    private final TestJurisdictions jurisdictions = new TestJurisdictions();
    private final Map<String, List<ServiceGuide>> versions = new LinkedHashMap<>();
    private final Map<String, List<GuideEvent>> events = new LinkedHashMap<>();
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    final Map<String, Faq> faqs = new LinkedHashMap<>();
    final Map<String, LifeEvent> lifeEvents = new LinkedHashMap<>();
    final List<GuideQuery> queries = new ArrayList<>();

    FakeEditing(AccessControl access) {
        this.access = access;
    }

    /** Puts a guide in place without any permission, as demo data would be. */
    FakeEditing with(Matter matter, GuideStatus status) {
        versions.computeIfAbsent(matter.code(), c -> new ArrayList<>())
                .add(new ServiceGuide(matter, version(matter.code(), status, "system", null)));
        return this;
    }

    private GuideVersion version(String code, GuideStatus status, String author, String comment) {
        int number = versions.getOrDefault(code, List.of()).size() + 1;
        return new GuideVersion(number, status, author, Instant.parse("2026-11-20T02:00:00Z"), comment);
    }

    private String user() {
        return access.currentUser().map(u -> u.username()).orElse("anonymous");
    }

    @Override
    public Page<GuideSummary> guides(GuideQuery query) {
        queries.add(query);
        access.check(CataloguePermissions.READ, query.jurisdictionCode());
        List<GuideSummary> all = versions.values().stream()
                .map(List::getLast)
                .filter(g -> jurisdictions.contains(
                        query.jurisdictionCode(), g.matter().jurisdictionCode()))
                .filter(g -> query.status() == null || g.version().status() == query.status())
                .filter(g -> query.text() == null || g.matter().name().contains(query.text()))
                .sorted(Comparator.comparing(g -> g.matter().code()))
                .map(this::summary)
                .toList();
        int from = Math.min(all.size(), query.page() * query.size());
        int to = Math.min(all.size(), from + query.size());
        return new Page<>(all.subList(from, to), query.page(), query.size(), all.size());
    }

    private GuideSummary summary(ServiceGuide g) {
        Matter m = g.matter();
        return new GuideSummary(
                new MatterSummary(
                        m.code(),
                        m.baseCode(),
                        m.name(),
                        m.type(),
                        m.audiences(),
                        m.jurisdictionCode(),
                        m.departmentCode(),
                        m.departmentCode(),
                        m.limits().promised(),
                        m.instant(),
                        m.visits(),
                        m.onlineDepth()),
                g.version().version(),
                g.version().status(),
                g.version().author(),
                g.version().at(),
                null);
    }

    @Override
    public Optional<ServiceGuide> latest(String code) {
        List<ServiceGuide> list = versions.get(code);
        if (list == null
                || !access.isPermitted(
                        CataloguePermissions.READ, list.getLast().matter().jurisdictionCode())) {
            return Optional.empty();
        }
        return Optional.of(list.getLast());
    }

    @Override
    public Optional<ServiceGuide> version(String code, int version) {
        return latest(code).flatMap(x -> versions.get(code).stream()
                .filter(g -> g.version().version() == version)
                .findFirst());
    }

    @Override
    public List<GuideVersion> history(String code) {
        return latest(code)
                .map(x -> versions.get(code).stream().map(ServiceGuide::version).toList())
                .orElseThrow(() -> new CatalogueException("事项不存在：" + code));
    }

    @Override
    public List<GuideEvent> events(String code) {
        return events.getOrDefault(code, List.of());
    }

    @Override
    public List<FieldDifference> diff(String code, int fromVersion, int toVersion) {
        Matter a = version(code, fromVersion).orElseThrow().matter();
        Matter b = version(code, toVersion).orElseThrow().matter();
        List<FieldDifference> found = new ArrayList<>();
        if (!a.name().equals(b.name())) {
            found.add(new FieldDifference("事项名称", a.name(), b.name()));
        }
        if (!a.limits().promised().equals(b.limits().promised())) {
            found.add(new FieldDifference(
                    "承诺时限", a.limits().promised().text(), b.limits().promised().text()));
        }
        List<String> before = a.materials().stream().map(m -> m.name()).toList();
        List<String> after = b.materials().stream().map(m -> m.name()).toList();
        before.stream()
                .filter(n -> !after.contains(n))
                .forEach(n -> found.add(new FieldDifference("材料「" + n + "」", "必要", "")));
        after.stream()
                .filter(n -> !before.contains(n))
                .forEach(n -> found.add(new FieldDifference("材料「" + n + "」", "", "必要")));
        return found;
    }

    @Override
    public ServiceGuide saveDraft(Matter matter, String comment) {
        access.check(CataloguePermissions.EDIT, matter.jurisdictionCode());
        List<ValidationError> errors = new ArrayList<>();
        if (matter.name().isBlank()) {
            errors.add(new ValidationError("name", "不能为空"));
        }
        if (matter.limits().promised().unit() == matter.limits().legal().unit()
                && matter.limits().promised().amount() > matter.limits().legal().amount()) {
            errors.add(new ValidationError("limits.promised", "不能大于法定时限"));
        }
        if (!errors.isEmpty()) {
            throw new CatalogueValidationException(errors);
        }
        List<ServiceGuide> list = versions.computeIfAbsent(matter.code(), c -> new ArrayList<>());
        if (!list.isEmpty() && list.getLast().version().status() == GuideStatus.REVIEW) {
            throw new CatalogueException("事项「" + matter.code() + "」第" + list.size() + "版正在审核中，不能修改");
        }
        if (!list.isEmpty() && list.getLast().matter().equals(matter)) {
            return list.getLast();
        }
        if (!list.isEmpty() && list.getLast().version().status() == GuideStatus.DRAFT) {
            ServiceGuide open = list.getLast();
            GuideVersion v = open.version();
            list.set(
                    list.size() - 1,
                    new ServiceGuide(
                            open.matter(),
                            new GuideVersion(v.version(), GuideStatus.SUPERSEDED, v.author(), v.at(), v.comment())));
        }
        ServiceGuide saved = new ServiceGuide(matter, version(matter.code(), GuideStatus.DRAFT, user(), comment));
        list.add(saved);
        event(matter.code(), saved.version().version(), GuideAction.SAVED, comment);
        return saved;
    }

    private void event(String code, int version, GuideAction action, String comment) {
        events.computeIfAbsent(code, c -> new ArrayList<>())
                .add(new GuideEvent(version, action, user(), Instant.parse("2026-11-20T03:00:00Z"), comment));
    }

    private ServiceGuide move(
            String code, GuideStatus from, GuideStatus to, String permission, GuideAction action, String comment) {
        ServiceGuide newest = latest(code).orElseThrow(() -> new CatalogueException("事项不存在：" + code));
        access.check(permission, newest.matter().jurisdictionCode());
        if (newest.version().status() != from) {
            throw new CatalogueException("当前状态为“" + newest.version().status().label() + "”，不能执行此操作");
        }
        GuideVersion v = newest.version();
        ServiceGuide moved =
                new ServiceGuide(newest.matter(), new GuideVersion(v.version(), to, v.author(), v.at(), v.comment()));
        List<ServiceGuide> list = versions.get(code);
        list.set(list.size() - 1, moved);
        event(code, v.version(), action, comment);
        return moved;
    }

    @Override
    public ServiceGuide submit(String code, String comment) {
        return move(
                code, GuideStatus.DRAFT, GuideStatus.REVIEW, CataloguePermissions.EDIT, GuideAction.SUBMITTED, comment);
    }

    @Override
    public ServiceGuide recall(String code, String comment) {
        List<GuideEvent> steps = events.getOrDefault(code, List.of());
        String submitter = steps.isEmpty() ? null : steps.getLast().actor();
        if (!user().equals(submitter)) {
            throw new CatalogueException("只有提交人（" + submitter + "）可以撤回提交");
        }
        return move(
                code, GuideStatus.REVIEW, GuideStatus.DRAFT, CataloguePermissions.EDIT, GuideAction.RECALLED, comment);
    }

    @Override
    public ServiceGuide publish(String code, String comment) {
        ServiceGuide published = move(
                code,
                GuideStatus.REVIEW,
                GuideStatus.PUBLISHED,
                CataloguePermissions.PUBLISH,
                GuideAction.PUBLISHED,
                comment);
        List<ServiceGuide> list = versions.get(code);
        for (int i = 0; i < list.size() - 1; i++) {
            GuideVersion v = list.get(i).version();
            if (v.status() == GuideStatus.PUBLISHED) {
                list.set(
                        i,
                        new ServiceGuide(
                                list.get(i).matter(),
                                new GuideVersion(
                                        v.version(), GuideStatus.SUPERSEDED, v.author(), v.at(), v.comment())));
            }
        }
        return published;
    }

    @Override
    public ServiceGuide sendBack(String code, String reason) {
        return move(
                code,
                GuideStatus.REVIEW,
                GuideStatus.DRAFT,
                CataloguePermissions.PUBLISH,
                GuideAction.SENT_BACK,
                reason);
    }

    @Override
    public ServiceGuide withdraw(String code, String reason) {
        return move(
                code,
                GuideStatus.PUBLISHED,
                GuideStatus.WITHDRAWN,
                CataloguePermissions.PUBLISH,
                GuideAction.WITHDRAWN,
                reason);
    }

    @Override
    public Attachment storeAttachment(String fileName, byte[] content) {
        access.check(CataloguePermissions.EDIT);
        if (content.length > CatalogueLimits.MAX_ATTACHMENT_BYTES) {
            throw new CatalogueException("附件不能超过 5 MB");
        }
        String id = Integer.toHexString(java.util.Arrays.hashCode(content));
        files.put(id, content);
        return new Attachment(id, fileName, "application/pdf", content.length);
    }

    @Override
    public Optional<AttachmentContent> attachment(String id) {
        return Optional.ofNullable(files.get(id))
                .map(b -> new AttachmentContent(new Attachment(id, "x.pdf", "application/pdf", b.length), b));
    }

    @Override
    public List<Department> departments(String jurisdictionCode) {
        access.check(CataloguePermissions.READ, jurisdictionCode);
        return List.of(new Department("370102-SJJ", "历下区市场监督管理局", "370102", null));
    }

    @Override
    public Department saveDepartment(Department department) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Faq> faqs(String matterCode) {
        return faqs.values().stream()
                .filter(f -> f.matterCodes().contains(matterCode))
                .toList();
    }

    @Override
    public Faq saveFaq(Faq faq) {
        for (String code : faq.matterCodes()) {
            ServiceGuide guide = latest(code).orElseThrow(() -> new CatalogueException("关联的事项不存在：" + code));
            access.check(CataloguePermissions.EDIT, guide.matter().jurisdictionCode());
        }
        if (faq.question().isBlank()) {
            throw new CatalogueValidationException(List.of(new ValidationError("question", "不能为空")));
        }
        faqs.put(faq.code(), faq);
        return faq;
    }

    @Override
    public void deleteFaq(String code) {
        faqs.remove(code);
    }

    @Override
    public List<LifeEvent> lifeEvents(String jurisdictionCode) {
        access.check(CataloguePermissions.READ, jurisdictionCode);
        return lifeEvents.values().stream()
                .filter(e -> jurisdictions.contains(jurisdictionCode, e.jurisdictionCode()))
                .toList();
    }

    @Override
    public LifeEvent saveLifeEvent(LifeEvent lifeEvent) {
        access.check(CataloguePermissions.EDIT, lifeEvent.jurisdictionCode());
        lifeEvents.put(lifeEvent.code(), lifeEvent);
        return lifeEvent;
    }

    @Override
    public void deleteLifeEvent(String code) {
        LifeEvent event = lifeEvents.get(code);
        access.check(CataloguePermissions.EDIT, event.jurisdictionCode());
        lifeEvents.remove(code);
    }
}
