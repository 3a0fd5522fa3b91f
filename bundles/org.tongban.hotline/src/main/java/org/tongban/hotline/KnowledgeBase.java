package org.tongban.hotline;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The hotline's knowledge base (知识库): articles for agents and for the public, each version written ({@link
 * HotlinePermissions#KNOWLEDGE}), submitted, and published by a reviewer other than its author ({@link
 * HotlinePermissions#PUBLISH}) at the article's jurisdiction. Published versions stay readable when a newer one
 * replaces them. Articles are found with the guide search's analysis (synonyms, pinyin, Traditional script), suggested
 * from a ticket's text and cited by 直办 answers and units' replies, which count as uses. Articles unused for the
 * configured days or marked as contradicted by a reply are flagged for review. Every change is audited; bad input
 * throws {@link HotlineException} with nothing stored.
 *
 * @since 1.3
 */
@ProviderType
public interface KnowledgeBase {
    int TITLE_LIMIT = 100;
    int BODY_LIMIT = 8000;

    /** A new article with its first version as a draft. */
    Article create(ArticleDraft draft);

    /**
     * Writes the article's next version: changes the newest version while it is a draft, else starts a new draft
     * (the published one stays in force until the new one is published). The jurisdiction stays the article's.
     */
    Article edit(String articleId, ArticleDraft draft);

    /** 提交审核: the draft goes to review. */
    Article submit(String articleId, int number, long version);

    /** 发布: the version in review goes in force and replaces the previous one; not by its author. Clears a flag. */
    Article publish(String articleId, int number, long version, String note);

    /** 退回: the version in review goes back to its author as a draft, with the reason. */
    Article reject(String articleId, int number, long version, String reason);

    /** 撤回: the version in force is withdrawn; the article is no longer suggested nor shown. */
    Article withdraw(String articleId, String reason);

    /**
     * The name the service catalogue publishes for a matter code, so that an article's matters read by name; empty for
     * a code that is no published matter.
     */
    default Optional<String> matterName(String code) {
        return Optional.empty();
    }

    /** The article, if the user may read it (agents: {@link HotlinePermissions#READ} or an editor's permission). */
    Optional<Article> article(String articleId);

    /** Every version, newest first. */
    List<ArticleVersion> versions(String articleId);

    /** The articles the user may read, newest change first, optionally only those whose title contains the text. */
    List<Article> articles(String titleContains, int limit);

    /** 待审: versions in review and flagged articles where the user may publish, oldest first. */
    List<Article> reviewQueue();

    /**
     * Articles in force for a ticket's text (or search words) at the ticket's place, best first, at most {@code limit}
     * (1 to 20); for agents ({@link HotlinePermissions#ACCEPT}) and units. Empty for blank text.
     */
    List<ArticleSuggestion> suggest(String text, String jurisdictionCode, int limit);

    /**
     * As {@link #suggest(String, String, int)}, with the ticket's dispatch category (null for none yet): an article
     * linked to it ranks above an article that matches the text equally well.
     */
    default List<ArticleSuggestion> suggest(String text, String jurisdictionCode, String categoryCode, int limit) {
        return suggest(text, jurisdictionCode, limit);
    }

    /**
     * 答复与知识库冲突: a reviewer of the office ({@link HotlinePermissions#REVIEW} at the ticket's place) marks the
     * ticket's reply as contradicting the article, which flags it for review.
     */
    Article markContradicted(String ticketNumber, String articleId, String note);

    /** The reviewer looked at a flagged article and keeps it as it is. */
    Article clearFlag(String articleId, String note);

    /** Flags published articles not cited for the configured days; returns how many were flagged. */
    int flagUnused();

    /** Public articles in force whose text matches, best first; all of them newest first for blank text. No login. */
    List<PublicArticle> publicArticles(String text, int limit);

    /** A public article in force; empty for an agents-only, withdrawn or unknown one. No login. */
    Optional<PublicArticle> publicArticle(String articleId);
}
