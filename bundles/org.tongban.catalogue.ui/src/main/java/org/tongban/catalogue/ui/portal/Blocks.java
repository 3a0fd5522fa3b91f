package org.tongban.catalogue.ui.portal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;

/** Small building blocks of the portal pages; every text goes in as text, never as markup. */
final class Blocks {
    private static int ids;

    private Blocks() {}

    /** A section whose heading names it for screen readers. */
    static Section section(String heading, Component... content) {
        H3 title = new H3(heading);
        String id = "tb-cat-" + nextId();
        title.setId(id);
        Section section = new Section(title);
        section.add(content);
        section.getElement().setAttribute("aria-labelledby", id);
        section.getStyle().set("width", "100%");
        return section;
    }

    /** Free text with its line breaks kept; a blank text reads as the given placeholder. */
    static Paragraph text(String text, String whenBlank) {
        Paragraph paragraph = new Paragraph(text == null || text.isBlank() ? whenBlank : text);
        paragraph.getStyle().set("white-space", "pre-line").set("overflow-wrap", "anywhere");
        return paragraph;
    }

    /** A short emphasised tag, such as 即办件 or 容缺. */
    static Span tag(String text) {
        Span tag = new Span(text);
        // Outlined rather than coloured, so it keeps its contrast in the elder-friendly mode.
        tag.getStyle()
                .set("display", "inline-block")
                .set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "0 var(--lumo-space-s)")
                .set("margin-inline-end", "var(--lumo-space-xs)")
                .set("font-size", "var(--lumo-font-size-s)");
        return tag;
    }

    /** A column of items with a gap, used for lists of cards. */
    static Div stack() {
        Div stack = new Div();
        stack.setWidthFull();
        stack.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-m)");
        return stack;
    }

    private static synchronized int nextId() {
        return ++ids;
    }
}
