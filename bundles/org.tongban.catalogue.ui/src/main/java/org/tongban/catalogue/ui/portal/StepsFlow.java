package org.tongban.catalogue.ui.portal;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.tongban.catalogue.Step;

/**
 * The procedure as a flow of numbered boxes joined by arrows. It stays an ordered list, so assistive technology
 * reads "step 2 of 4"; the arrows are decoration and hidden from it.
 */
final class StepsFlow extends Composite<OrderedList> {

    StepsFlow(List<Step> steps) {
        OrderedList list = getContent();
        list.getStyle()
                .set("display", "flex")
                .set("flex-wrap", "wrap")
                .set("align-items", "stretch")
                .set("gap", "var(--lumo-space-s)")
                .set("list-style", "none")
                .set("padding", "0");
        int number = 1;
        for (Step step : steps) {
            ListItem item = new ListItem();
            if (number > 1) {
                Span arrow = new Span("→");
                arrow.getElement().setAttribute("aria-hidden", "true");
                arrow.getStyle()
                        .set("margin-inline-end", "var(--lumo-space-s)")
                        .set("font-size", "var(--lumo-font-size-xl)");
                item.add(arrow);
            }
            Span position = new Span(getTranslation("catalogue.portal.steps.number", String.valueOf(number++)) + " ");
            Span name = new Span(position, new Span(step.name()));
            name.getStyle().set("font-weight", "600");
            Paragraph description = new Paragraph(step.description() == null ? "" : step.description());
            description.getStyle().set("margin", "var(--lumo-space-xs) 0 0").set("white-space", "pre-line");
            Div box = new Div(name);
            if (step.limit() != null) {
                // The step's own limit, with its unit: what the applicant can expect from this step.
                Span limit =
                        new Span(getTranslation("catalogue.portal.guide.stepLimit", LimitTexts.of(this, step.limit())));
                limit.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)");
                box.add(limit);
            }
            box.add(description);
            box.getStyle()
                    .set("display", "inline-block")
                    .set("border", "2px solid var(--lumo-contrast-20pct)")
                    .set("border-radius", "var(--lumo-border-radius-l)")
                    .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                    .set("max-width", "18rem")
                    .set("vertical-align", "top");
            item.add(box);
            item.getStyle().set("display", "flex").set("align-items", "center");
            list.add(item);
        }
    }
}
