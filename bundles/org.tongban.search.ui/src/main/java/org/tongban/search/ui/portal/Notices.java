package org.tongban.search.ui.portal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/** The messages of the results page in place of results: a hint with tips, or an alert that says what went wrong. */
final class Notices {
    /** Tips under a hint: keys {@code <key>.tip1} to {@code <key>.tip3}. */
    static final int TIPS = 3;

    private Notices() {}

    /** A hint with the tips read from {@code <key>.tip1} to {@code <key>.tip3}. */
    static Div withTips(Component owner, String className, String key, String heading) {
        Div notice = new Div(new Paragraph(heading));
        notice.addClassName(className);
        UnorderedList tips = new UnorderedList();
        for (int i = 1; i <= TIPS; i++) {
            tips.add(new ListItem(owner.getTranslation(key + ".tip" + i)));
        }
        notice.add(tips);
        return notice;
    }

    /** An alert, announced by screen readers as soon as it appears. */
    static Div alert(String className, String heading, String detail) {
        Paragraph title = new Paragraph(heading);
        title.getStyle().set("font-weight", "600").set("margin", "0");
        Div alert = new Div(title, new Paragraph(detail));
        alert.addClassName(className);
        alert.getElement().setAttribute("role", "alert");
        // A strong border instead of a tint: readable in the high-contrast elder-friendly mode as well.
        alert.getStyle()
                .set("border", "2px solid var(--lumo-error-color, #b00020)")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)");
        return alert;
    }
}
