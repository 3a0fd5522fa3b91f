package org.tongban.hotline.ui.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.BiConsumer;
import org.tongban.hotline.ArticleSuggestion;
import org.tongban.hotline.KnowledgeBase;

/**
 * The desk's knowledge-base articles for the text typed so far (the description's lazy change already waits for a
 * pause in typing): the five best, each with its title, a passage and a button that answers the call citing it. Text
 * is set as text, so article content is never markup.
 */
final class ArticleSuggestions extends Div {
    static final int SHOWN = 5;

    private final KnowledgeBase knowledge;
    private final BiConsumer<String, String> answer;

    ArticleSuggestions(KnowledgeBase knowledge, BiConsumer<String, String> answer) {
        this.knowledge = knowledge;
        this.answer = answer;
        setId("hotline-desk-articles");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-live", "polite");
        getElement().setAttribute("aria-label", getTranslation("hotline.ui.desk.articles"));
    }

    void clear() {
        removeAll();
    }

    void show(String text, String place) {
        show(text, place, null);
    }

    /** The articles for the text at the place, those linked to the ticket's category (if chosen) first among equals. */
    void show(String text, String place, String categoryCode) {
        removeAll();
        List<ArticleSuggestion> found;
        try {
            found = knowledge.suggest(text, place, categoryCode, SHOWN);
        } catch (RuntimeException e) {
            // without the right to take tickets at this place the desk suggests nothing; the submit says why
            return;
        }
        add(new H4(getTranslation("hotline.ui.desk.articles")));
        if (found.isEmpty()) {
            add(new Paragraph(getTranslation("hotline.ui.desk.noArticle")));
            return;
        }
        for (ArticleSuggestion s : found) {
            Div item = new Div();
            item.addClassName("tb-hotline-article");
            Span title = new Span(s.title());
            title.getStyle().set("font-weight", "600");
            Paragraph snippet = new Paragraph(s.snippet());
            snippet.getStyle().set("margin", "0");
            Button cite = new Button(getTranslation("hotline.ui.desk.citeArticle"), click -> cite(s));
            cite.addThemeVariants(ButtonVariant.LUMO_SMALL);
            cite.getElement().setAttribute("aria-label", getTranslation("hotline.ui.desk.citeArticleLabel", s.title()));
            cite.setId("hotline-desk-cite-" + s.articleId());
            item.add(title, new Span(" " + s.articleId() + " "), cite, snippet);
            add(item);
        }
    }

    void cite(ArticleSuggestion s) {
        String body = knowledge
                .article(s.articleId())
                .flatMap(a -> a.inForce())
                .map(v -> v.body())
                .orElse(s.snippet());
        answer.accept(s.articleId(), body);
    }
}
