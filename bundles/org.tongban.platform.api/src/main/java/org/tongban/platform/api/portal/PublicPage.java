package org.tongban.platform.api.portal;

import java.util.List;
import java.util.Locale;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * One or more public pages of the portal, registered as a service with {@link PublicRoute} properties:
 *
 * <pre>
 * &#64;Component(service = PublicPage.class)
 * &#64;PublicRoute(path = "guides/{code}", topics = CatalogueTopics.ALL)
 * </pre>
 *
 * <p>The host serves a GET of a matching URL without creating an HTTP session: it calls {@link #render}, renders the
 * returned template (FreeMarker, {@code .ftlh}: every value is HTML-escaped) from the page's own bundle inside the
 * city's page frame, and answers {@code If-None-Match} with 304. A rendered page is kept until a domain event of one of
 * the page's {@link #TOPICS} is delivered on the node; a page without topics is rendered for every request.
 */
@ConsumerType
public interface PublicPage {

    /** Service property: path patterns without leading slash ({@code ""} is the home page); {@code {name}} segments. */
    String PATH = "tongban.page.path";

    /** Service property: domain event topics (exact or ending in {@code /*}) after which this page's copies are stale. */
    String TOPICS = "tongban.page.topics";

    /**
     * The page for this request.
     *
     * @throws PageNotFoundException when what the path names does not exist (the host answers its 404 page)
     */
    PageView render(PageRequest request);

    /** The URLs this service contributes to {@code /sitemap.xml}. */
    default List<SitemapEntry> sitemap() {
        return List.of();
    }

    /**
     * The links this service adds to the readable site map ({@code /sitemap}) for a visitor of {@code locale}: its
     * sections and what a citizen looks for among them, under a heading, rather than every page {@link #sitemap} lists.
     */
    default List<SiteMapLink> siteMapLinks(Locale locale) {
        return List.of();
    }
}
