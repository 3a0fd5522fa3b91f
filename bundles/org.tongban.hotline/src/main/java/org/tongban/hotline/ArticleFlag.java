package org.tongban.hotline;

/**
 * Why a published article waits for a reviewer's look.
 *
 * @since 1.3
 */
public enum ArticleFlag {
    /** Neither cited by a 直办 answer nor by a reply for the configured number of days (default 180). */
    UNUSED,
    /** A reviewer of the office marked a unit's reply as contradicting the article. */
    CONTRADICTED
}
