package org.tongban.catalogue.ui.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.catalogue.CatalogueLimits;
import org.tongban.catalogue.CatalogueTopics;
import org.tongban.catalogue.Department;
import org.tongban.catalogue.GuideViews;
import org.tongban.catalogue.MatterCatalogue;
import org.tongban.catalogue.MatterQuery;
import org.tongban.catalogue.MatterSummary;
import org.tongban.catalogue.Page;
import org.tongban.catalogue.ServedAudience;
import org.tongban.platform.api.PlatformProperties;
import org.tongban.platform.api.portal.PageRequest;
import org.tongban.platform.api.portal.PageView;
import org.tongban.platform.api.portal.PublicPage;
import org.tongban.platform.api.portal.PublicRoute;
import org.tongban.platform.api.portal.SiteMapLink;
import org.tongban.platform.api.portal.SitemapEntry;

/**
 * {@code /guides}: the published guides of the city, filtered by 个人办事 / 法人办事 ({@code audience}), department
 * and name, 20 a page, in pinyin order or most viewed first ({@code sort=popular}); the filters are a plain GET form
 * and the order a plain link, so every list has its own address. Unknown filter values are ignored rather than
 * refused: the list is what a crawler or an old link lands on.
 */
@Component(service = PublicPage.class)
@PublicRoute(
        path = SiteRoutes.GUIDES,
        topics = {CatalogueTopics.ALL, GuideViews.CHANGED})
public final class GuideListPage implements PublicPage {
    static final int PAGE_SIZE = 20;
    /** Deeper pages are refused by the catalogue anyway; beyond this the list shows its first page. */
    static final int MAX_PAGE = 5_000;
    /** Lists longer than this keep the database's order: sorting them would read them whole for every page. */
    static final int MAX_SORTED = 5_000;
    /** The orders a visitor may choose; the first is the default. */
    static final List<String> SORTS = List.of("pinyin", "popular");

    /**
     * One page link.
     *
     * @param number the page number, from 1
     * @param href its address
     * @param current whether it is the page shown
     */
    public record PageLink(int number, String href, boolean current) {}

    /**
     * One order a visitor may choose.
     *
     * @param key its value of {@code sort}
     * @param href the list in this order, with the same filters, from the first page
     * @param current whether the list is shown in it
     */
    public record SortLink(String key, String href, boolean current) {}

    private final MatterCatalogue catalogue;
    private final GuideViews views;
    private final String rootJurisdiction;

    @Activate
    public GuideListPage(@Reference MatterCatalogue catalogue, @Reference GuideViews views, BundleContext context) {
        this(catalogue, views, context.getProperty(PlatformProperties.ROOT_JURISDICTION));
    }

    GuideListPage(MatterCatalogue catalogue, GuideViews views, String rootJurisdiction) {
        this.catalogue = catalogue;
        this.views = views;
        this.rootJurisdiction = rootJurisdiction;
    }

    @Override
    public PageView render(PageRequest request) {
        List<Department> departments = catalogue.departments(rootJurisdiction);
        String asked = request.parameter("department");
        String department = departments.stream().anyMatch(d -> d.code().equals(asked)) ? asked : "";
        String audience = request.parameter("audience");
        ServedAudience served =
                switch (audience) {
                    case "NATURAL_PERSON" -> ServedAudience.NATURAL_PERSON;
                    case "LEGAL_PERSON" -> ServedAudience.LEGAL_PERSON;
                    default -> null;
                };
        String text = request.parameter("q");
        text = text.length() > 50 ? text.substring(0, 50) : text;
        int page = request.intParameter("page", 1, MAX_PAGE);
        String sort = SORTS.contains(request.parameter("sort")) ? request.parameter("sort") : SORTS.getFirst();
        Page<MatterSummary> found = sorted(department, served, text, sort, request.locale(), page);
        if (found.items().isEmpty() && page > 1) {
            page = 1;
            found = sorted(department, served, text, sort, request.locale(), 1);
        }
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("audience", served == null ? "" : served.name());
        filters.put("department", department);
        filters.put("q", text);
        filters.put("sort", sort.equals(SORTS.getFirst()) ? "" : sort);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("matters", found.items());
        model.put("total", found.total());
        model.put("page", page);
        model.put("pageCount", found.pageCount());
        model.put("pages", pageLinks(filters, page, found.pageCount()));
        model.put("departments", departments);
        model.put("filters", filters);
        model.put("sorts", sortLinks(filters, sort));
        model.put("audiences", List.of(ServedAudience.NATURAL_PERSON.name(), ServedAudience.LEGAL_PERSON.name()));
        return PageView.of("site/guides.ftlh", model)
                .title(SiteTexts.get(
                        request.locale(),
                        served == null ? "catalogue.portal.guides" : "catalogue.site.audience." + served.name()))
                .description(SiteTexts.get(request.locale(), "catalogue.site.guides.description"))
                .canonical(SiteRoutes.GUIDES + query(filters, page));
    }

    /**
     * One page in the chosen order: the whole filtered list is read and sorted (pinyin by the Chinese collation, or
     * most viewed first and the rest in pinyin order), unless it is longer than {@link #MAX_SORTED}.
     */
    private Page<MatterSummary> sorted(
            String department, ServedAudience audience, String text, String sort, java.util.Locale locale, int page) {
        List<MatterSummary> all = new ArrayList<>();
        for (int n = 0; ; n++) {
            Page<MatterSummary> batch = catalogue.publishedMatters(new MatterQuery(
                    rootJurisdiction,
                    department.isEmpty() ? null : department,
                    audience,
                    null,
                    text.isEmpty() ? null : text,
                    n,
                    CatalogueLimits.MAX_PAGE_SIZE));
            if (batch.total() > MAX_SORTED) {
                return query(department, audience, text, page);
            }
            all.addAll(batch.items());
            if (n + 1 >= batch.pageCount()) {
                break;
            }
        }
        all.sort(order(sort));
        int from = Math.min(all.size(), (page - 1) * PAGE_SIZE);
        return new Page<>(all.subList(from, Math.min(all.size(), from + PAGE_SIZE)), page - 1, PAGE_SIZE, all.size());
    }

    /** Names in pinyin order (the JDK's Chinese collation, whatever language the page is shown in). */
    static Comparator<String> pinyinNames() {
        Collator collator = Collator.getInstance(java.util.Locale.SIMPLIFIED_CHINESE);
        return collator::compare;
    }

    private Comparator<MatterSummary> order(String sort) {
        Comparator<MatterSummary> pinyin =
                Comparator.comparing(MatterSummary::name, pinyinNames()).thenComparing(MatterSummary::code);
        if (!sort.equals("popular")) {
            return pinyin;
        }
        List<String> viewed = views.mostViewed(CatalogueLimits.MAX_PAGE_SIZE);
        Map<String, Integer> rank = new java.util.HashMap<>();
        for (int i = 0; i < viewed.size(); i++) {
            rank.put(viewed.get(i), i);
        }
        return Comparator.comparingInt((MatterSummary m) -> rank.getOrDefault(m.code(), Integer.MAX_VALUE))
                .thenComparing(pinyin);
    }

    static List<SortLink> sortLinks(Map<String, String> filters, String current) {
        List<SortLink> links = new ArrayList<>();
        for (String sort : SORTS) {
            Map<String, String> chosen = new LinkedHashMap<>(filters);
            chosen.put("sort", sort.equals(SORTS.getFirst()) ? "" : sort);
            links.add(new SortLink(sort, "/" + SiteRoutes.GUIDES + query(chosen, 1), sort.equals(current)));
        }
        return links;
    }

    private Page<MatterSummary> query(String department, ServedAudience audience, String text, int page) {
        return catalogue.publishedMatters(new MatterQuery(
                rootJurisdiction,
                department.isEmpty() ? null : department,
                audience,
                null,
                text.isEmpty() ? null : text,
                page - 1,
                PAGE_SIZE));
    }

    /** Links to the first, the last and the pages around the current one. */
    static List<PageLink> pageLinks(Map<String, String> filters, int page, int pageCount) {
        List<PageLink> links = new ArrayList<>();
        for (int n = 1; n <= pageCount; n++) {
            if (n == 1 || n == pageCount || Math.abs(n - page) <= 2) {
                links.add(new PageLink(n, "/" + SiteRoutes.GUIDES + query(filters, n), n == page));
            }
        }
        return links;
    }

    static String query(Map<String, String> filters, int page) {
        StringBuilder query = new StringBuilder();
        filters.forEach((name, value) -> {
            if (!value.isEmpty()) {
                query.append(query.isEmpty() ? "?" : "&")
                        .append(name)
                        .append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        if (page > 1) {
            query.append(query.isEmpty() ? "?" : "&").append("page=").append(page);
        }
        return query.toString();
    }

    @Override
    public List<SitemapEntry> sitemap() {
        return List.of(
                new SitemapEntry(SiteRoutes.GUIDES, null),
                new SitemapEntry(SiteRoutes.GUIDES + "?audience=NATURAL_PERSON", null),
                new SitemapEntry(SiteRoutes.GUIDES + "?audience=LEGAL_PERSON", null));
    }

    /** 办事指南 by audience, and the list of each department of the city (办理部门). */
    @Override
    public List<SiteMapLink> siteMapLinks(java.util.Locale locale) {
        String guides = SiteTexts.get(locale, "catalogue.portal.guides");
        List<SiteMapLink> links = new java.util.ArrayList<>(List.of(
                new SiteMapLink(guides, SiteRoutes.GUIDES, SiteTexts.get(locale, "catalogue.site.sitemap.all")),
                new SiteMapLink(
                        guides,
                        SiteRoutes.GUIDES + "?audience=NATURAL_PERSON",
                        SiteTexts.get(locale, "catalogue.site.audience.NATURAL_PERSON")),
                new SiteMapLink(
                        guides,
                        SiteRoutes.GUIDES + "?audience=LEGAL_PERSON",
                        SiteTexts.get(locale, "catalogue.site.audience.LEGAL_PERSON"))));
        if (rootJurisdiction != null) {
            String departments = SiteTexts.get(locale, "catalogue.site.departments");
            for (Department department : catalogue.departments(rootJurisdiction)) {
                links.add(new SiteMapLink(
                        departments,
                        SiteRoutes.GUIDES + "?department="
                                + URLEncoder.encode(department.code(), StandardCharsets.UTF_8),
                        department.name()));
            }
        }
        return links;
    }
}
