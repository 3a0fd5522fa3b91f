package org.tongban.catalogue.ui.console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.tongban.catalogue.CatalogueEditing;
import org.tongban.catalogue.FieldDifference;
import org.tongban.catalogue.GuideEvent;
import org.tongban.catalogue.GuideVersion;

/**
 * A guide's history: its versions (pick two to see what changed, field by field) and everything done to it (who
 * saved, submitted, published, sent back or withdrew, when, and why).
 */
final class HistoryDialog extends Dialog {

    private final CatalogueEditing editing;
    private final String code;
    private final Grid<GuideVersion> versions = new Grid<>();
    private final Grid<FieldDifference> differences = new Grid<>();
    private final Grid<GuideEvent> events = new Grid<>();
    private final Button compare = new Button();
    private final Span summary = new Span();
    // A failure is told inside the dialog, above what failed to load, not in a notification behind or over it.
    private final EditorMessage message = new EditorMessage("catalogue-history-message");

    HistoryDialog(CatalogueEditing editing, String code) {
        this.editing = editing;
        this.code = code;
        setHeaderTitle(getTranslation("catalogue.console.history.title", code));
        getElement().setAttribute("aria-label", getTranslation("catalogue.console.history.title", code));
        setWidth("min(72rem, 96vw)");
        setCloseOnEsc(true);
        setId("catalogue-history-dialog");

        configureVersions();
        configureDifferences();
        configureEvents();
        compare.setText(getTranslation("catalogue.console.history.compare"));
        compare.setId("catalogue-compare");
        compare.addThemeVariants(ButtonVariant.PRIMARY);
        compare.setEnabled(false);
        compare.addClickListener(e -> compare());
        summary.getElement().setAttribute("role", "status");
        summary.getElement().setAttribute("aria-live", "polite");

        Details activity = new Details(getTranslation("catalogue.console.history.events"), events);
        activity.setWidthFull();
        VerticalLayout content = new VerticalLayout(
                message,
                new H3(getTranslation("catalogue.console.history.versions")),
                new Span(getTranslation("catalogue.console.history.pick")),
                versions,
                compare,
                summary,
                differences,
                activity);
        content.setPadding(false);
        add(content);
        Button close = new Button(getTranslation("catalogue.console.close"), e -> close());
        close.setId("catalogue-history-close");
        getFooter().add(close);
        load();
    }

    private void configureVersions() {
        versions.setId("catalogue-versions");
        versions.setAriaLabel(getTranslation("catalogue.console.history.versions"));
        versions.setSelectionMode(Grid.SelectionMode.MULTI);
        versions.addColumn(v -> "v" + v.version())
                .setHeader(getTranslation("catalogue.console.version"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        versions.addColumn(v -> v.status().label())
                .setHeader(getTranslation("catalogue.console.status"))
                .setAutoWidth(true);
        versions.addColumn(v -> Formats.text(v.author()))
                .setHeader(getTranslation("catalogue.console.author"))
                .setAutoWidth(true);
        versions.addColumn(v -> Formats.minutes(v.at()))
                .setHeader(getTranslation("catalogue.console.time"))
                .setAutoWidth(true);
        versions.addColumn(v -> Formats.text(v.comment()))
                .setHeader(getTranslation("catalogue.console.comment"))
                .setFlexGrow(2);
        versions.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        versions.setAllRowsVisible(true);
        versions.addSelectionListener(
                e -> compare.setEnabled(VersionPair.of(e.getAllSelectedItems()).isPresent()));
    }

    private void configureDifferences() {
        String absent = getTranslation("catalogue.console.history.absent");
        differences.setId("catalogue-differences");
        differences.setAriaLabel(getTranslation("catalogue.console.history.differences"));
        differences
                .addColumn(FieldDifference::field)
                .setHeader(getTranslation("catalogue.console.history.field"))
                .setAutoWidth(true);
        differences
                .addColumn(d -> VersionPair.shown(d.before(), absent))
                .setHeader(getTranslation("catalogue.console.history.before"))
                .setFlexGrow(2);
        differences
                .addColumn(d -> VersionPair.shown(d.after(), absent))
                .setHeader(getTranslation("catalogue.console.history.after"))
                .setFlexGrow(2);
        differences.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.ROW_STRIPES);
        differences.setAllRowsVisible(true);
        differences.setVisible(false);
    }

    private void configureEvents() {
        events.setId("catalogue-events");
        events.setAriaLabel(getTranslation("catalogue.console.history.events"));
        events.addColumn(e -> Formats.minutes(e.at()))
                .setHeader(getTranslation("catalogue.console.time"))
                .setAutoWidth(true);
        events.addColumn(e -> "v" + e.version())
                .setHeader(getTranslation("catalogue.console.version"))
                .setAutoWidth(true);
        events.addColumn(e -> e.action().label())
                .setHeader(getTranslation("catalogue.console.history.action"))
                .setAutoWidth(true);
        events.addColumn(e -> Formats.text(e.actor()))
                .setHeader(getTranslation("catalogue.console.author"))
                .setAutoWidth(true);
        events.addColumn(e -> Formats.text(e.comment()))
                .setHeader(getTranslation("catalogue.console.comment"))
                .setFlexGrow(2);
        events.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        events.setAllRowsVisible(true);
    }

    private void load() {
        try {
            List<GuideVersion> history = editing.history(code);
            versions.setItems(history.reversed());
            events.setItems(editing.events(code).reversed());
        } catch (RuntimeException e) {
            message.error(CatalogueFeedback.message(this, e));
        }
    }

    void compare() {
        VersionPair.of(versions.getSelectedItems()).ifPresent(pair -> {
            try {
                message.clear();
                List<FieldDifference> found =
                        editing.diff(code, pair.older().version(), pair.newer().version());
                differences.setItems(found);
                differences.setVisible(!found.isEmpty());
                summary.setText(getTranslation(
                        "catalogue.console.history.summary",
                        String.valueOf(pair.older().version()),
                        String.valueOf(pair.newer().version()),
                        String.valueOf(found.size())));
            } catch (RuntimeException e) {
                message.error(CatalogueFeedback.message(this, e));
            }
        });
    }
}
