package org.tongban.hotline.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.util.Optional;
import org.tongban.hotline.Article;
import org.tongban.hotline.KnowledgeBase;
import org.tongban.hotline.PublicArticle;

/**
 * The knowledge-base article an answer or a reply cites, by its title and linked: a public one to its public page
 * (what the caller was told to read), an agents-only one to the console's 知识库 opened on it. Without the right to read
 * it, only its id shows.
 */
final class CitedArticle {
    static final String KNOWLEDGE_ROUTE = "console/hotline/knowledge";
    static final String ARTICLE_PARAMETER = "article";

    private CitedArticle() {}

    static Component of(Component view, KnowledgeBase knowledge, String articleId) {
        Optional<Article> readable = Optional.empty();
        Optional<PublicArticle> published = Optional.empty();
        if (knowledge != null) {
            try {
                published = knowledge.publicArticle(articleId);
                readable = published.isPresent() ? Optional.empty() : knowledge.article(articleId);
            } catch (RuntimeException e) {
                // A reader without the right to the article still learns which one was cited.
            }
        }
        Anchor link;
        if (published.isPresent()) {
            link = new Anchor("hotline/knowledge/" + articleId, published.get().title());
            link.getElement().setAttribute("data-public", "true");
        } else if (readable.isPresent()) {
            Article a = readable.get();
            String title = a.inForce().orElse(a.latest()).title();
            link = new Anchor(KNOWLEDGE_ROUTE + "?" + ARTICLE_PARAMETER + "=" + articleId, title);
        } else {
            return new Span(view.getTranslation("hotline.ui.ticket.article", articleId));
        }
        link.addClassName("tb-hotline-article-link");
        // Underlined, so that the title reads as a link without relying on its colour (WCAG 1.4.1).
        link.getStyle().set("text-decoration", "underline");
        link.getElement().setAttribute("data-article", articleId);
        return link;
    }
}
