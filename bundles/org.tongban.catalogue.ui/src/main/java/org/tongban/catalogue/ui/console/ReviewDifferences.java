package org.tongban.catalogue.ui.console;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.tongban.catalogue.CatalogueEditing;
import org.tongban.catalogue.FieldDifference;

/**
 * What the reviewer decides on: the guide under review against the version the portal shows, field by field (a
 * material added or removed is one line), or a note that nothing is published yet and the whole guide is new.
 */
final class ReviewDifferences extends Composite<VerticalLayout> {

    /** How a field changed, told in words rather than by colour. */
    enum Change {
        ADDED("catalogue.console.review.added"),
        REMOVED("catalogue.console.review.removed"),
        CHANGED("catalogue.console.review.changed");

        final String messageKey;

        Change(String messageKey) {
            this.messageKey = messageKey;
        }

        static Change of(FieldDifference d) {
            if (d.before() == null || d.before().isEmpty()) {
                return ADDED;
            }
            return d.after() == null || d.after().isEmpty() ? REMOVED : CHANGED;
        }
    }

    final Grid<FieldDifference> differences = new Grid<>();
    final Paragraph summary = new Paragraph();

    /**
     * @param published the published version, {@code null} when there is none
     * @param underReview the version under review
     */
    ReviewDifferences(CatalogueEditing editing, String code, Integer published, int underReview) {
        VerticalLayout content = getContent();
        content.setId("catalogue-review-diff");
        content.setPadding(false);
        content.setSpacing(false);
        H2 heading = new H2(getTranslation("catalogue.console.review.title"));
        heading.setId("catalogue-review-diff-title");
        heading.getStyle().set("font-size", "var(--lumo-font-size-l)");
        content.getElement().setAttribute("role", "region");
        content.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        summary.setId("catalogue-review-summary");
        content.add(heading, summary);
        if (published == null) {
            summary.setText(getTranslation("catalogue.console.review.first", String.valueOf(underReview)));
            return;
        }
        List<FieldDifference> found = editing.diff(code, published, underReview);
        summary.setText(
                found.isEmpty()
                        ? getTranslation(
                                "catalogue.console.review.same", String.valueOf(published), String.valueOf(underReview))
                        : getTranslation(
                                "catalogue.console.review.summary",
                                String.valueOf(published),
                                String.valueOf(underReview),
                                String.valueOf(found.size())));
        if (found.isEmpty()) {
            return;
        }
        String absent = getTranslation("catalogue.console.history.absent");
        differences.setId("catalogue-review-differences");
        differences.setAriaLabel(getTranslation("catalogue.console.review.title"));
        differences
                .addColumn(FieldDifference::field)
                .setHeader(getTranslation("catalogue.console.history.field"))
                .setAutoWidth(true);
        differences
                .addColumn(d -> getTranslation(Change.of(d).messageKey))
                .setHeader(getTranslation("catalogue.console.review.change"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        differences
                .addColumn(d -> VersionPair.shown(d.before(), absent))
                .setHeader(getTranslation("catalogue.console.review.published", String.valueOf(published)))
                .setFlexGrow(2);
        differences
                .addColumn(d -> VersionPair.shown(d.after(), absent))
                .setHeader(getTranslation("catalogue.console.review.proposed", String.valueOf(underReview)))
                .setFlexGrow(2);
        differences.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.ROW_STRIPES);
        differences.setAllRowsVisible(true);
        differences.setItems(found);
        content.add(differences);
    }
}
