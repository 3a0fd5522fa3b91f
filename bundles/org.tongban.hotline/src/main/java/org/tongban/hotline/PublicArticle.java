package org.tongban.hotline;

import java.time.Instant;

/**
 * A public article in force, as the portal shows it to anyone.
 *
 * @since 1.3
 */
public record PublicArticle(
        String id, int version, String title, String body, String jurisdictionCode, Instant publishedAt) {}
