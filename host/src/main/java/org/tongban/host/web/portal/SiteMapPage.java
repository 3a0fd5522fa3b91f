package org.tongban.host.web.portal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.platform.api.portal.SiteMapLink;

/**
 * {@code /sitemap}, the readable site map the footer's 网站地图 opens: the site's own pages, then the links each public
 * page service names, grouped under their headings. A page service that fails is left out and logged.
 */
final class SiteMapPage {
    private static final Logger LOG = LoggerFactory.getLogger(SiteMapPage.class);

    static final String PATH = "sitemap";

    /**
     * One heading and its links (public: the template reads its components).
     *
     * @param heading the heading
     * @param links its links, in order
     */
    public record Group(String heading, List<SiteMapLink> links) {}

    private SiteMapPage() {}

    /** The groups for a visitor of {@code locale}: the host's own first, then by the pages' bundles. */
    static List<Group> groups(List<PageRoutes.Entry> pages, Messages host, Locale locale) {
        Map<String, List<SiteMapLink>> groups = new LinkedHashMap<>();
        String site = host.text("portal.sitemap.site");
        groups.computeIfAbsent(site, g -> new ArrayList<>())
                .add(new SiteMapLink(site, "", host.text("portal.nav.home")));
        List<PageRoutes.Entry> ordered = new ArrayList<>(pages);
        // A stable order whatever order the bundles started in.
        ordered.sort(Comparator.comparing((PageRoutes.Entry e) -> e.bundle().getSymbolicName())
                .thenComparing(e -> e.patterns().isEmpty() ? "" : e.patterns().getFirst()));
        for (PageRoutes.Entry page : ordered) {
            try {
                for (SiteMapLink link : page.page().siteMapLinks(locale)) {
                    groups.computeIfAbsent(link.group(), g -> new ArrayList<>()).add(link);
                }
            } catch (RuntimeException e) {
                LOG.warn(
                        "The public pages of {} are left out of the site map",
                        page.bundle().getSymbolicName(),
                        e);
            }
        }
        return groups.entrySet().stream()
                .map(g -> new Group(g.getKey(), List.copyOf(g.getValue())))
                .toList();
    }
}
