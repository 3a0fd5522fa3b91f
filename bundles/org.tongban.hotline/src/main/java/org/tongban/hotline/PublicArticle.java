package org.tongban.hotline;

import java.time.Instant;
import java.util.List;

/**
 * A public article in force, as the portal shows it to anyone.
 *
 * @param matterCodes the catalogue matters it is about, whose guides the portal links to
 * @since 1.3
 */
public record PublicArticle(
        String id,
        int version,
        String title,
        String body,
        String jurisdictionCode,
        Instant publishedAt,
        List<String> matterCodes) {
    public PublicArticle {
        matterCodes = List.copyOf(matterCodes);
    }
}
