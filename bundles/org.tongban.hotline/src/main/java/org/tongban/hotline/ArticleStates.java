package org.tongban.hotline;

/**
 * The states of an article's version on the {@code hotline-article} workflow: 草稿 → 待审核 → 已发布, then 已被替代 when
 * a newer version is published or 已撤回.
 *
 * @since 1.3
 */
public final class ArticleStates {
    public static final String DRAFT = "DRAFT";
    public static final String REVIEW = "REVIEW";
    public static final String PUBLISHED = "PUBLISHED";
    public static final String SUPERSEDED = "SUPERSEDED";
    public static final String WITHDRAWN = "WITHDRAWN";

    private ArticleStates() {}
}
