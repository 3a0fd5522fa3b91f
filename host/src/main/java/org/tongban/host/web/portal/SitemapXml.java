package org.tongban.host.web.portal;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.platform.api.portal.SitemapEntry;

/**
 * {@code /sitemap.xml} (sitemaps.org 0.9): the URLs every public page service lists, each once. A page service that
 * fails is left out and logged, so one broken bundle does not hide the others' pages from search engines.
 */
final class SitemapXml {
    private static final Logger LOG = LoggerFactory.getLogger(SitemapXml.class);

    static final String PATH = "sitemap.xml";
    /** The protocol's limit per file. */
    static final int LIMIT = 50_000;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private SitemapXml() {}

    static byte[] of(List<PageRoutes.Entry> pages, String base) {
        Map<String, SitemapEntry> urls = new LinkedHashMap<>();
        for (PageRoutes.Entry page : pages) {
            try {
                page.page().sitemap().forEach(entry -> urls.putIfAbsent(entry.path(), entry));
            } catch (RuntimeException e) {
                LOG.warn(
                        "The public pages of {} are left out of the sitemap",
                        page.bundle().getSymbolicName(),
                        e);
            }
        }
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        urls.values().stream().limit(LIMIT).forEach(entry -> {
            xml.append("<url><loc>").append(escape(base + "/" + entry.path())).append("</loc>");
            if (entry.lastModified() != null) {
                xml.append("<lastmod>")
                        .append(DATE.format(entry.lastModified()))
                        .append("</lastmod>");
            }
            xml.append("</url>\n");
        });
        return xml.append("</urlset>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
