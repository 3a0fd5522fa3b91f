package org.tongban.catalogue.ui.site;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.tongban.catalogue.CatalogueLimits;
import org.tongban.catalogue.CatalogueTopics;
import org.tongban.catalogue.Department;
import org.tongban.catalogue.Matter;
import org.tongban.catalogue.MatterAuthority;
import org.tongban.catalogue.MatterCatalogue;
import org.tongban.catalogue.MatterQuery;
import org.tongban.catalogue.MatterSummary;
import org.tongban.catalogue.Page;
import org.tongban.catalogue.ServiceGuide;
import org.tongban.catalogue.ui.GuideLink;
import org.tongban.catalogue.ui.GuideLinks;
import org.tongban.platform.api.portal.NextSteps;
import org.tongban.platform.api.portal.PageNotFoundException;
import org.tongban.platform.api.portal.PageRequest;
import org.tongban.platform.api.portal.PageView;
import org.tongban.platform.api.portal.PublicPage;
import org.tongban.platform.api.portal.PublicRoute;
import org.tongban.platform.api.portal.SitemapEntry;
import org.tongban.platform.api.security.Jurisdiction;
import org.tongban.platform.api.security.Jurisdictions;

/**
 * {@code /guides/<code>}: one published guide with every field, the materials as a table that becomes cards on a
 * phone, and the next steps (在线办理 and 预约 when a feature offers them, the one-time notice PDF, the consultation phone,
 * the hotline). Unknown or unpublished
 * codes are 404. Its copies are dropped on every catalogue event.
 */
@Component(service = PublicPage.class)
@PublicRoute(path = SiteRoutes.GUIDE, topics = CatalogueTopics.ALL)
public final class GuidePage implements PublicPage {
    // All of China keeps Beijing time, whatever zone the server runs in.
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** The sitemap lists at most this many guides per jurisdiction tree (the sitemap protocol's limit is 50,000). */
    static final int SITEMAP_LIMIT = 45_000;

    /**
     * Who holds the power and who handles the case (实施清单).
     *
     * @param body the implementing body
     * @param creditCode its unified social credit code, or empty
     * @param handling the handling department
     * @param joint the departments handling jointly, joined, or empty
     */
    public record Authority(String body, String creditCode, String handling, String joint) {}

    private final MatterCatalogue catalogue;
    private final Jurisdictions jurisdictions;
    private final String rootJurisdiction;
    private final ContributedLinks links = new ContributedLinks();
    private final ContributedSteps steps = new ContributedSteps();

    @Activate
    public GuidePage(
            @Reference MatterCatalogue catalogue,
            @Reference Jurisdictions jurisdictions,
            org.osgi.framework.BundleContext context) {
        this(
                catalogue,
                jurisdictions,
                context.getProperty(org.tongban.platform.api.PlatformProperties.ROOT_JURISDICTION));
    }

    GuidePage(MatterCatalogue catalogue, Jurisdictions jurisdictions, String rootJurisdiction) {
        this.catalogue = catalogue;
        this.jurisdictions = jurisdictions;
        this.rootJurisdiction = rootJurisdiction;
    }

    /** Links other features add to the page (intake's 在线申请). */
    @Reference(
            cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addLinks(GuideLinks contributed) {
        links.add(contributed);
    }

    void removeLinks(GuideLinks contributed) {
        links.remove(contributed);
    }

    /** What other features let a citizen do about the matter (the hall's 预约), after this bundle's own links. */
    @Reference(
            cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addSteps(NextSteps contributed) {
        steps.add(contributed);
    }

    void removeSteps(NextSteps contributed) {
        steps.remove(contributed);
    }

    @Override
    public PageView render(PageRequest request) {
        String code = request.pathParameter("code");
        ServiceGuide guide = catalogue.publishedGuide(code).orElseThrow(() -> new PageNotFoundException(code));
        Matter matter = guide.matter();
        String department = catalogue
                .department(matter.departmentCode())
                .map(Department::name)
                .orElse(matter.departmentCode());
        String jurisdiction = jurisdictions
                .find(matter.jurisdictionCode())
                .map(Jurisdiction::name)
                .orElse(matter.jurisdictionCode());
        String published = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(request.locale())
                .withZone(ZONE)
                .format(guide.version().at());
        return PageView.of(
                        "site/guide.ftlh",
                        Map.of(
                                "matter",
                                matter,
                                "department",
                                department,
                                "jurisdiction",
                                jurisdiction,
                                "faqs",
                                catalogue.faqs(code),
                                "authority",
                                authority(matter),
                                "version",
                                guide.version().version(),
                                "published",
                                published,
                                "pdf",
                                "/api/v1/matters/" + SiteRoutes.segment(code) + "/notice.pdf",
                                "links",
                                nextSteps(matter, request.locale())))
                .title(matter.name())
                .description(description(request.locale(), matter, department))
                .canonical(SiteRoutes.guide(code))
                .published(
                        code + "@" + guide.version().version(), guide.version().at());
    }

    private List<GuideLink> nextSteps(Matter matter, java.util.Locale locale) {
        List<GuideLink> all = new ArrayList<>(links.of(l -> l.forMatter(matter, locale)));
        all.addAll(steps.of(matter, locale));
        return all;
    }

    private Authority authority(Matter matter) {
        MatterAuthority a = matter.authority();
        Department handling = catalogue.department(matter.departmentCode()).orElse(null);
        String handlingName = handling == null ? matter.departmentCode() : handling.name();
        String credit =
                a.byHandlingDepartment() ? (handling == null ? null : handling.creditCode()) : a.bodyCreditCode();
        String joint = a.jointDepartments().stream()
                .map(c -> catalogue.department(c).map(Department::name).orElse(c))
                .collect(java.util.stream.Collectors.joining("、"));
        return new Authority(
                a.byHandlingDepartment() ? handlingName : a.bodyName(),
                credit == null ? "" : credit,
                handlingName,
                joint);
    }

    /** One sentence a search engine shows under the title. */
    static String description(java.util.Locale locale, Matter matter, String department) {
        String conditions =
                matter.conditions() == null ? "" : matter.conditions().strip();
        String text = SiteTexts.get(locale, "catalogue.site.guide.description", matter.name(), department)
                + (conditions.isEmpty() ? "" : " " + conditions);
        return text.length() <= 150 ? text : text.substring(0, 149) + "…";
    }

    /** The published guides seen from the city and from each of its districts, page by page. */
    @Override
    public List<SitemapEntry> sitemap() {
        if (rootJurisdiction == null) {
            return List.of();
        }
        Map<String, SitemapEntry> entries = new LinkedHashMap<>();
        List<String> scopes = new ArrayList<>(List.of(rootJurisdiction));
        jurisdictions.children(rootJurisdiction).forEach(child -> scopes.add(child.code()));
        for (String scope : scopes) {
            for (int page = 0; entries.size() < SITEMAP_LIMIT; page++) {
                Page<MatterSummary> found = catalogue.publishedMatters(
                        new MatterQuery(scope, null, null, null, null, page, CatalogueLimits.MAX_PAGE_SIZE));
                found.items()
                        .forEach(
                                m -> entries.putIfAbsent(m.code(), new SitemapEntry(SiteRoutes.guide(m.code()), null)));
                if (page + 1 >= found.pageCount()) {
                    break;
                }
            }
        }
        return List.copyOf(entries.values());
    }
}
