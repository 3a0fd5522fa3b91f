package org.tongban.search.ui.portal;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.function.Consumer;
import org.tongban.search.DocumentKind;
import org.tongban.search.SearchHit;
import org.tongban.search.Snippet;

/**
 * One page of hits: the title links to the guide, the passages where the query matched follow with the matches
 * marked. An FAQ shows its question and answer in place, with a link to the guide of its matter.
 */
final class HitList extends Composite<UnorderedList> {
    private final Consumer<SearchHit> opened;

    /** @param opened called when the citizen opens a hit's guide */
    HitList(Consumer<SearchHit> opened) {
        this.opened = opened;
        UnorderedList list = getContent();
        list.addClassName("tb-search-results");
        list.getElement().setAttribute("aria-label", getTranslation("search.portal.results"));
        list.getStyle()
                .set("list-style", "none")
                .set("padding", "0")
                .set("margin", "0")
                .set("display", "flex")
                .set("flex-direction", "column")
                .set("gap", "var(--lumo-space-s)");
    }

    void show(List<SearchHit> hits) {
        getContent().removeAll();
        hits.forEach(hit -> getContent().add(item(hit)));
    }

    void clear() {
        getContent().removeAll();
    }

    private ListItem item(SearchHit hit) {
        boolean faq = hit.kind() == DocumentKind.FAQ;
        Anchor title = SearchRoutes.link(SearchRoutes.guide(hit.matterCode()));
        Highlights.append(title.getElement(), hit.titleFragments());
        title.addClassName("tb-search-hit-title");
        follow(title, hit);
        H3 heading = new H3(title);
        heading.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");

        ListItem item = new ListItem(
                tag(getTranslation("search.portal.kind." + hit.kind().name())), heading);
        item.addClassName("tb-search-hit");
        item.getElement().setAttribute("data-kind", hit.kind().name().toLowerCase(java.util.Locale.ROOT));
        for (Snippet snippet : hit.snippets()) {
            item.add(passage(snippet));
        }
        if (faq) {
            Anchor guide = SearchRoutes.link(SearchRoutes.guide(hit.matterCode()));
            guide.setText(getTranslation("search.portal.faq.guide"));
            guide.addClassName("tb-search-hit-guide");
            follow(guide, hit);
            item.add(new Paragraph(guide));
            item.addClassName("tb-search-hit-faq");
        }
        item.getStyle()
                .set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)")
                .set("overflow-wrap", "anywhere");
        return item;
    }

    private Paragraph passage(Snippet snippet) {
        Span label = new Span(getTranslation("search.portal.field." + snippet.field()));
        label.getStyle().set("font-weight", "600").set("margin-inline-end", "var(--lumo-space-xs)");
        Paragraph passage = new Paragraph(label, Highlights.of(snippet.fragments()));
        passage.addClassName("tb-search-snippet");
        passage.getElement().setAttribute("data-field", snippet.field());
        passage.getStyle().set("margin", "var(--lumo-space-xs) 0");
        return passage;
    }

    private void follow(Anchor anchor, SearchHit hit) {
        // The router still follows the link; the click only tells analytics which result helped.
        anchor.getElement().addEventListener("click", e -> opened.accept(hit));
    }

    private static Span tag(String text) {
        Span tag = new Span(text);
        tag.addClassName("tb-search-hit-kind");
        // Outlined rather than coloured, so it keeps its contrast in the elder-friendly mode.
        tag.getStyle()
                .set("display", "inline-block")
                .set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "0 var(--lumo-space-s)")
                .set("font-size", "var(--lumo-font-size-s)");
        return tag;
    }
}
