package org.tongban.platform.api.portal;

import java.time.Instant;

/**
 * One URL of {@code /sitemap.xml}.
 *
 * @param path the page's path below the site root, without leading slash
 * @param lastModified when its content last changed, or {@code null} when unknown
 */
public record SitemapEntry(String path, Instant lastModified) {}
