package org.tongban.catalogue.ui.console;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import org.tongban.catalogue.GuideQuery;
import org.tongban.catalogue.GuideStatus;
import org.tongban.catalogue.GuideSummary;
import org.tongban.catalogue.Page;
import org.tongban.platform.api.security.Jurisdiction;
import org.tongban.platform.ui.JurisdictionChoices;
import org.tongban.platform.ui.JurisdictionField;

/**
 * The matters of the clerk's jurisdiction subtree with their newest guide version, filtered by jurisdiction, status
 * and text, loaded page by page.
 */
public final class MatterListView extends VerticalLayout {
    static final int PAGE_SIZE = 50;

    private final ConsoleServices services;
    private final ComboBox<Jurisdiction> jurisdiction;
    private final Select<GuideStatus> status = new Select<>();
    private final TextField text = new TextField();
    private final Span total = new Span();
    private final Grid<GuideSummary> grid = new Grid<>();

    public MatterListView(ConsoleServices services) {
        this.services = services;
        JurisdictionChoices choices = services.readable();
        jurisdiction = new JurisdictionField(getTranslation("catalogue.console.jurisdiction"), choices);
        jurisdiction.setId("catalogue-filter-jurisdiction");
        jurisdiction.addValueChangeListener(e -> refresh());

        status.setLabel(getTranslation("catalogue.console.status"));
        status.setItems(Arrays.stream(GuideStatus.values())
                .filter(s -> s != GuideStatus.SUPERSEDED)
                .toList());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("catalogue.console.status.any"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("catalogue.console.status.any") : s.label());
        status.setId("catalogue-filter-status");
        status.addValueChangeListener(e -> refresh());

        text.setLabel(getTranslation("catalogue.console.search"));
        text.setPlaceholder(getTranslation("catalogue.console.search.placeholder"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setId("catalogue-filter-text");
        text.addValueChangeListener(e -> refresh());

        total.getElement().setAttribute("role", "status");
        total.getElement().setAttribute("aria-live", "polite");

        HorizontalLayout filters = new HorizontalLayout(jurisdiction, status, text, total);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        configureGrid();
        add(new H1(getTranslation("catalogue.console.menu")), toolbar(choices), filters, grid);
        setSizeFull();
        setFlexGrow(1, grid);
        choices.find(services.home())
                .or(() -> choices.items().stream().findFirst())
                .ifPresent(jurisdiction::setValue);
        if (choices.items().isEmpty()) {
            total.setText(getTranslation("catalogue.console.list.noJurisdiction"));
        }
    }

    private HorizontalLayout toolbar(JurisdictionChoices readable) {
        HorizontalLayout toolbar = new HorizontalLayout();
        if (readable.items().stream().anyMatch(j -> services.mayEdit(j.code()))) {
            Button create = new Button(
                    getTranslation("catalogue.console.new"), VaadinIcon.PLUS.create(), e -> getUI().ifPresent(
                                    ui -> ui.navigate("console/catalogue/" + MatterEditorView.NEW)));
            create.addThemeVariants(ButtonVariant.PRIMARY);
            create.setId("catalogue-new");
            toolbar.add(create);
        }
        Anchor exchange = new Anchor("console/catalogue/exchange", getTranslation("catalogue.console.exchange.menu"));
        exchange.setId("catalogue-exchange-link");
        Anchor consistency =
                new Anchor("console/catalogue/consistency", getTranslation("catalogue.console.consistency.menu"));
        consistency.setId("catalogue-consistency-link");
        toolbar.add(exchange, consistency);
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        return toolbar;
    }

    private void configureGrid() {
        grid.setId("catalogue-grid");
        grid.setAriaLabel(getTranslation("catalogue.console.list.label"));
        grid.addComponentColumn(this::codeLink)
                .setHeader(getTranslation("catalogue.console.code"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(g -> g.matter().name())
                .setHeader(getTranslation("catalogue.console.name"))
                .setFlexGrow(3);
        grid.addColumn(g -> g.status().label())
                .setHeader(getTranslation("catalogue.console.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(this::versionText)
                .setHeader(getTranslation("catalogue.console.version"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(g -> Formats.text(g.matter().departmentName()))
                .setHeader(getTranslation("catalogue.console.department"))
                .setFlexGrow(2);
        grid.addColumn(g -> services.jurisdictionName(g.matter().jurisdictionCode()))
                .setHeader(getTranslation("catalogue.console.jurisdiction"))
                .setAutoWidth(true);
        grid.addColumn(g -> Formats.text(g.author()))
                .setHeader(getTranslation("catalogue.console.updatedBy"))
                .setAutoWidth(true);
        grid.addColumn(g -> Formats.minutes(g.changedAt()))
                .setHeader(getTranslation("catalogue.console.updatedAt"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.ROW_STRIPES);
        grid.setPageSize(PAGE_SIZE);
        grid.addItemDoubleClickListener(e -> open(e.getItem()));
    }

    // A link, so that the matter opens by keyboard, in a new tab, or by its address.
    private Component codeLink(GuideSummary guide) {
        Anchor link = new Anchor(
                Formats.editorPath(guide.matter().code()), guide.matter().code());
        link.getElement()
                .setAttribute(
                        "aria-label",
                        getTranslation(
                                "catalogue.console.open.label",
                                guide.matter().name(),
                                guide.matter().code()));
        return link;
    }

    private String versionText(GuideSummary guide) {
        Integer published = guide.publishedVersion();
        return published == null || published == guide.version()
                ? "v" + guide.version()
                : getTranslation(
                        "catalogue.console.version.withPublished",
                        String.valueOf(guide.version()),
                        String.valueOf(published));
    }

    private void open(GuideSummary guide) {
        getUI().ifPresent(ui -> ui.navigate(Formats.editorPath(guide.matter().code())));
    }

    /** Reloads the grid with the filters on screen. */
    void refresh() {
        Jurisdiction where = jurisdiction.getValue();
        total.setText("");
        if (where == null) {
            grid.setItems(List.of());
            return;
        }
        String filter = Formats.optional(text.getValue());
        // "Nothing matches" answers a search or a status filter; the bare list of a jurisdiction has nothing yet.
        grid.setEmptyStateText(getTranslation(
                filter == null && status.getValue() == null
                        ? "catalogue.console.list.none"
                        : "catalogue.console.list.empty"));
        Page<GuideSummary> first;
        try {
            first = page(where, filter, 0, PAGE_SIZE);
        } catch (RuntimeException e) {
            grid.setItems(List.of());
            CatalogueFeedback.failure(this, e);
            return;
        }
        long count = first.total();
        total.setText(getTranslation("catalogue.console.list.total", String.valueOf(count)));
        // The first page, fetched for the count, is served once more from memory: every read is audited.
        AtomicReference<Page<GuideSummary>> cached = new AtomicReference<>(first);
        grid.setItems(
                query -> fetch(query.getOffset(), query.getLimit(), (page, size) -> {
                            Page<GuideSummary> kept = cached.getAndSet(null);
                            return page == 0 && kept != null ? kept : page(where, filter, page, size);
                        })
                        .stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, count));
    }

    // A failure while scrolling (a permission withdrawn meanwhile) shows as a message and an empty page.
    private List<GuideSummary> fetch(int offset, int limit, BiFunction<Integer, Integer, Page<GuideSummary>> pages) {
        try {
            return PagedFetch.fetch(offset, limit, PAGE_SIZE, pages);
        } catch (RuntimeException e) {
            CatalogueFeedback.failure(this, e);
            return List.of();
        }
    }

    private Page<GuideSummary> page(Jurisdiction where, String filter, int page, int size) {
        return services.editing().guides(new GuideQuery(where.code(), status.getValue(), null, filter, page, size));
    }
}
