package org.tongban.hotline;

/**
 * An article found for a text, as the agent desk shows it.
 *
 * @param articleId the article
 * @param version its version in force
 * @param title its title
 * @param snippet plain text around the best match of its body (escape when shown)
 * @param audience who may read it
 * @param score relevance, comparable only within one answer
 * @since 1.3
 */
public record ArticleSuggestion(
        String articleId, int version, String title, String snippet, Audience audience, double score) {}
