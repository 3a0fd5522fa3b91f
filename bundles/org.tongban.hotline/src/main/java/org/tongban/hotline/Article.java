package org.tongban.hotline;

import java.time.Instant;
import java.util.Optional;

/**
 * A knowledge-base article: its newest version, the one in force and how it is used.
 *
 * @param id the article's number ({@code KB} series)
 * @param jurisdictionCode where it applies
 * @param latest the newest version (a draft or one in review while an older one stays published)
 * @param published the version in force, or null when none is (never published, or withdrawn)
 * @param usageCount how often a 直办 answer or a unit's reply cited it
 * @param lastUsedAt the latest citation, or null
 * @param flag why it waits for review, or null
 * @param flagNote what the flag says (the contradicting ticket and the reviewer's note)
 * @since 1.3
 */
public record Article(
        String id,
        String jurisdictionCode,
        ArticleVersion latest,
        ArticleVersion published,
        long usageCount,
        Instant lastUsedAt,
        ArticleFlag flag,
        String flagNote,
        Instant flaggedAt) {

    /** The version in force. */
    public Optional<ArticleVersion> inForce() {
        return Optional.ofNullable(published);
    }
}
