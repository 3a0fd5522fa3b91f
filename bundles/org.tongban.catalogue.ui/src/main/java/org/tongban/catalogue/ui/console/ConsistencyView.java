package org.tongban.catalogue.ui.console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.tongban.catalogue.ConsistencyGroup;
import org.tongban.catalogue.ConsistencyReport;
import org.tongban.platform.api.security.Jurisdiction;
import org.tongban.platform.ui.Feedback;
import org.tongban.platform.ui.JurisdictionChoices;
import org.tongban.platform.ui.JurisdictionField;

/**
 * The level consistency report ({@code /console/catalogue/consistency}): every base matter implemented in several
 * jurisdictions of the clerk's subtree, and for each differing field the value in each jurisdiction.
 */
public final class ConsistencyView extends VerticalLayout {

    private final ConsoleServices services;
    private final ConsistencyReport report;
    private final ComboBox<Jurisdiction> jurisdiction;
    private final Checkbox includeDrafts = new Checkbox();
    private final Checkbox onlyDifferences = new Checkbox();
    private final TextField filter = new TextField();
    private final Paragraph summary = new Paragraph();
    private final Grid<ConsistencyRows.Row> grid = new Grid<>();
    private final HorizontalLayout download = new HorizontalLayout();
    private List<ConsistencyRows.Row> rows = List.of();

    public ConsistencyView(ConsoleServices services, ConsistencyReport report) {
        this.services = services;
        this.report = report;
        JurisdictionChoices choices = services.readable();
        jurisdiction = new JurisdictionField(getTranslation("catalogue.console.jurisdiction"), choices);
        jurisdiction.setId("catalogue-consistency-jurisdiction");
        choices.find(services.home())
                .or(() -> choices.items().stream().findFirst())
                .ifPresent(jurisdiction::setValue);
        includeDrafts.setLabel(getTranslation("catalogue.console.consistency.drafts"));
        includeDrafts.setId("catalogue-consistency-drafts");
        onlyDifferences.setLabel(getTranslation("catalogue.console.consistency.onlyDifferences"));
        onlyDifferences.setValue(true);
        onlyDifferences.setId("catalogue-consistency-only-differences");
        Button run = new Button(getTranslation("catalogue.console.consistency.run"), e -> run());
        run.setId("catalogue-consistency-run");
        run.addThemeVariants(ButtonVariant.PRIMARY);
        HorizontalLayout options = new HorizontalLayout(jurisdiction, includeDrafts, onlyDifferences, run);
        options.setAlignItems(FlexComponent.Alignment.BASELINE);
        options.setWrap(true);

        filter.setLabel(getTranslation("catalogue.console.consistency.filter"));
        filter.setPlaceholder(getTranslation("catalogue.console.consistency.filter.placeholder"));
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setId("catalogue-consistency-filter");
        filter.addValueChangeListener(e -> show());
        summary.setId("catalogue-consistency-summary");
        summary.getElement().setAttribute("role", "status");
        summary.getElement().setAttribute("aria-live", "polite");

        configureGrid();
        add(
                new H1(getTranslation("catalogue.console.consistency.menu")),
                new Paragraph(getTranslation("catalogue.console.consistency.intro")),
                options,
                filter,
                summary,
                download,
                grid);
        setSizeFull();
        setFlexGrow(1, grid);
    }

    private void configureGrid() {
        grid.setId("catalogue-consistency-grid");
        grid.setAriaLabel(getTranslation("catalogue.console.consistency.menu"));
        grid.addColumn(ConsistencyRows.Row::baseCode)
                .setHeader(getTranslation("catalogue.console.baseCode"))
                .setAutoWidth(true);
        grid.addColumn(ConsistencyRows.Row::field)
                .setHeader(getTranslation("catalogue.console.history.field"))
                .setAutoWidth(true);
        grid.addColumn(ConsistencyRows.Row::jurisdiction)
                .setHeader(getTranslation("catalogue.console.jurisdiction"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.matterName() + "（" + r.matterCode() + "）")
                .setHeader(getTranslation("catalogue.console.consistency.matter"))
                .setFlexGrow(2);
        grid.addColumn(ConsistencyRows.Row::value)
                .setHeader(getTranslation("catalogue.console.consistency.value"))
                .setFlexGrow(3);
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("catalogue.console.consistency.empty"));
    }

    /** Compares the implementations in the chosen jurisdiction's subtree. */
    void run() {
        Jurisdiction where = jurisdiction.getValue();
        if (where == null) {
            Feedback.error(getTranslation("catalogue.console.jurisdiction.required"));
            return;
        }
        try {
            List<ConsistencyGroup> groups =
                    report.report(where.code(), includeDrafts.getValue(), onlyDifferences.getValue());
            rows = ConsistencyRows.of(
                    groups, services::jurisdictionName, getTranslation("catalogue.console.consistency.consistent"));
            long differing = groups.stream().filter(g -> !g.consistent()).count();
            long fields = groups.stream().mapToLong(g -> g.differences().size()).sum();
            summary.setText(getTranslation(
                    "catalogue.console.consistency.summary",
                    String.valueOf(groups.size()),
                    String.valueOf(differing),
                    String.valueOf(fields)));
        } catch (RuntimeException e) {
            rows = List.of();
            summary.setText("");
            CatalogueFeedback.failure(this, e);
        }
        show();
    }

    private void show() {
        List<ConsistencyRows.Row> shown = ConsistencyRows.filter(rows, filter.getValue());
        grid.setItems(shown);
        download.removeAll();
        if (shown.isEmpty()) {
            return;
        }
        byte[] csv = ConsistencyRows.csv(
                        List.of(
                                getTranslation("catalogue.console.baseCode"),
                                getTranslation("catalogue.console.history.field"),
                                getTranslation("catalogue.console.code"),
                                getTranslation("catalogue.console.name"),
                                getTranslation("catalogue.console.jurisdiction"),
                                getTranslation("catalogue.console.consistency.value")),
                        shown)
                .getBytes(StandardCharsets.UTF_8);
        Anchor link = new Anchor(
                DownloadHandler.fromInputStream(event -> new DownloadResponse(
                        new ByteArrayInputStream(csv), "consistency-report.csv", "text/csv", csv.length)),
                AttachmentType.DOWNLOAD,
                getTranslation("catalogue.console.consistency.csv"));
        link.setId("catalogue-consistency-csv");
        download.add(link);
    }
}
