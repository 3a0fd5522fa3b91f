package org.tongban.hotline;

import java.util.List;
import java.util.Objects;

/**
 * What an editor writes for a version of an article. Text is kept as given (plain text; views escape it).
 *
 * @param jurisdictionCode where the article applies (the city for city-wide answers); fixed at creation
 * @param title at most {@link KnowledgeBase#TITLE_LIMIT} characters
 * @param body plain text, paragraphs separated by blank lines, at most {@link KnowledgeBase#BODY_LIMIT} characters
 * @param audience agents only or also the public
 * @param categoryCodes dispatch categories the article answers
 * @param matterCodes catalogue matters (事项) the article is about
 * @since 1.3
 */
public record ArticleDraft(
        String jurisdictionCode,
        String title,
        String body,
        Audience audience,
        List<String> categoryCodes,
        List<String> matterCodes) {
    public ArticleDraft {
        categoryCodes = List.copyOf(Objects.requireNonNullElse(categoryCodes, List.of()));
        matterCodes = List.copyOf(Objects.requireNonNullElse(matterCodes, List.of()));
    }
}
