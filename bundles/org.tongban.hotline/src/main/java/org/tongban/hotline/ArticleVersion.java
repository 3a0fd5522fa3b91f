package org.tongban.hotline;

import java.time.Instant;
import java.util.List;

/**
 * One version of an article; published versions stay readable after a newer one replaces them.
 *
 * @param articleId the article
 * @param number 1, 2, … in the order they were written
 * @param state a state of {@link ArticleStates}
 * @param version the workflow version a step must name
 * @param author who wrote it
 * @param reviewer who published or rejected it, or null
 * @param reviewNote the reviewer's note or reason, or null
 * @since 1.3
 */
public record ArticleVersion(
        String articleId,
        int number,
        String title,
        String body,
        Audience audience,
        List<String> categoryCodes,
        List<String> matterCodes,
        String state,
        long version,
        String author,
        Instant writtenAt,
        String reviewer,
        Instant reviewedAt,
        String reviewNote) {
    public ArticleVersion {
        categoryCodes = List.copyOf(categoryCodes);
        matterCodes = List.copyOf(matterCodes);
    }
}
