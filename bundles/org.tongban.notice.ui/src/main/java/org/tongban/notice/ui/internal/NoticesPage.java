package org.tongban.notice.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.notice.Notice;
import org.tongban.notice.NoticeService;
import org.tongban.notice.NoticeTopics;
import org.tongban.platform.api.PlatformProperties;
import org.tongban.platform.api.portal.PageRequest;
import org.tongban.platform.api.portal.PageView;
import org.tongban.platform.api.portal.PublicPage;
import org.tongban.platform.api.portal.PublicRoute;
import org.tongban.platform.api.portal.SiteMapLink;
import org.tongban.platform.api.portal.SitemapEntry;
import org.tongban.platform.api.security.Jurisdiction;
import org.tongban.platform.api.security.Jurisdictions;

/**
 * {@code /notices}: the notices of the city, or of a district with the city's ({@code ?jurisdiction=370102}), newest
 * first, each an article with its own anchor; the district is chosen in a plain GET form.
 */
@Component(service = PublicPage.class)
@PublicRoute(path = "notices", topics = NoticeTopics.ALL)
public final class NoticesPage implements PublicPage {

    /**
     * A notice as the page shows it.
     *
     * @param id its id, the anchor
     * @param title the title
     * @param body the text, shown with its line breaks
     * @param date the publication date in the visitor's language
     */
    public record Item(long id, String title, String body, String date) {}

    private final NoticeService notices;
    private final Jurisdictions jurisdictions;
    private final String rootJurisdiction;

    @Activate
    public NoticesPage(
            @Reference NoticeService notices, @Reference Jurisdictions jurisdictions, BundleContext context) {
        this(notices, jurisdictions, context.getProperty(PlatformProperties.ROOT_JURISDICTION));
    }

    NoticesPage(NoticeService notices, Jurisdictions jurisdictions, String rootJurisdiction) {
        this.notices = notices;
        this.jurisdictions = jurisdictions;
        this.rootJurisdiction = rootJurisdiction;
    }

    @Override
    public PageView render(PageRequest request) {
        List<Jurisdiction> choices = new ArrayList<>();
        jurisdictions.find(rootJurisdiction).ifPresent(choices::add);
        choices.addAll(jurisdictions.children(rootJurisdiction));
        String asked = request.parameter("jurisdiction");
        String chosen = choices.stream().anyMatch(j -> j.code().equals(asked)) ? asked : rootJurisdiction;
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("notices", items(notices.published(chosen), request));
        model.put("jurisdictions", choices);
        model.put("chosen", chosen == null ? "" : chosen);
        String title = Texts.get(request.locale(), "notice.menu");
        return PageView.of("site/notices.ftlh", model)
                .title(title)
                .description(Texts.get(request.locale(), "notice.site.description"))
                .canonical(
                        chosen == null || chosen.equals(rootJurisdiction)
                                ? "notices"
                                : "notices?jurisdiction=" + chosen);
    }

    static List<Item> items(List<Notice> notices, PageRequest request) {
        return notices.stream()
                .map(n -> new Item(n.id(), n.title(), n.body(), NoticeDates.date(n.publishedAt(), request.locale())))
                .toList();
    }

    @Override
    public List<SitemapEntry> sitemap() {
        return List.of(new SitemapEntry("notices", null));
    }

    /** 通知公告 of the city and of each district. */
    @Override
    public List<SiteMapLink> siteMapLinks(java.util.Locale locale) {
        String heading = Texts.get(locale, "notice.menu");
        List<SiteMapLink> links = new java.util.ArrayList<>();
        links.add(new SiteMapLink(heading, "notices", heading));
        if (rootJurisdiction != null) {
            jurisdictions
                    .children(rootJurisdiction)
                    .forEach(j -> links.add(new SiteMapLink(heading, "notices?jurisdiction=" + j.code(), j.name())));
        }
        return links;
    }
}
