package org.tongban.platform.api.portal;

/**
 * One link of the readable site map ({@code /sitemap}), under a heading.
 *
 * @param group the heading it is listed under, in the visitor's language (links of equal headings share one list)
 * @param path the page's path below the site root, without leading slash (a query may follow)
 * @param text what the link says, in the visitor's language
 */
public record SiteMapLink(String group, String path, String text) {
    public SiteMapLink {
        if (path == null || path.startsWith("/") || path.contains("//") || path.contains("\\")) {
            throw new IllegalArgumentException("A site map link is a path of this site without leading slash: " + path);
        }
        if (group == null || group.isBlank() || text == null || text.isBlank()) {
            throw new IllegalArgumentException("A site map link needs a heading and a text");
        }
    }
}
