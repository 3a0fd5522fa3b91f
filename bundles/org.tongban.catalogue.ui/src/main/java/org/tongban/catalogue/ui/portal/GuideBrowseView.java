package org.tongban.catalogue.ui.portal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tongban.catalogue.Department;
import org.tongban.catalogue.LifeEvent;
import org.tongban.catalogue.MatterCatalogue;
import org.tongban.catalogue.MatterQuery;
import org.tongban.catalogue.MatterSummary;
import org.tongban.catalogue.Page;
import org.tongban.catalogue.ServedAudience;
import org.tongban.platform.api.security.Jurisdiction;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.ui.JurisdictionPicker;

/**
 * Browsing the published service guides (办事指南): by jurisdiction (city, then district), department, audience
 * (个人 / 法人), life event and name, a page at a time. Each matter links to its guide. The filters are kept in
 * the address ({@code ?jurisdiction=370102&audience=LEGAL_PERSON&page=1}), so a list can be bookmarked and the back
 * button from a guide returns to it.
 */
public final class GuideBrowseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    static final int PAGE_SIZE = 20;

    private final MatterCatalogue catalogue;
    private final JurisdictionPicker where;
    private final Select<Department> department = new Select<>();
    private final RadioButtonGroup<ServedAudience> audience = new RadioButtonGroup<>();
    private final Select<LifeEvent> lifeEvent = new Select<>();
    private final TextField text = new TextField();
    private final UnorderedList results = new UnorderedList();
    private final Span status = new Span();
    private final Button previous = new Button();
    private final Button next = new Button();
    private int page;
    private boolean refreshing;

    public GuideBrowseView(MatterCatalogue catalogue, Jurisdictions jurisdictions, String rootJurisdiction) {
        this.catalogue = catalogue;
        where = new JurisdictionPicker(jurisdictions, rootJurisdiction);
        where.setDistrictHelperText(getTranslation("catalogue.portal.district.helper"));

        department.setLabel(getTranslation("catalogue.portal.department"));
        department.setEmptySelectionAllowed(true);
        department.setEmptySelectionCaption(getTranslation("catalogue.portal.any"));
        department.setItemLabelGenerator(d -> d == null ? getTranslation("catalogue.portal.any") : d.name());
        audience.setLabel(getTranslation("catalogue.portal.audience"));
        audience.setItems(ServedAudience.values());
        audience.setItemLabelGenerator(a -> Labels.of(this, a));
        lifeEvent.setLabel(getTranslation("catalogue.portal.lifeEvent"));
        lifeEvent.setEmptySelectionAllowed(true);
        lifeEvent.setEmptySelectionCaption(getTranslation("catalogue.portal.any"));
        lifeEvent.setItemLabelGenerator(e -> e == null ? getTranslation("catalogue.portal.any") : e.name());
        text.setLabel(getTranslation("catalogue.portal.search"));
        text.setPlaceholder(getTranslation("catalogue.portal.search.placeholder"));
        text.setClearButtonVisible(true);
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        Button clearAudience = new Button(getTranslation("catalogue.portal.audience.all"), e -> audience.clear());
        clearAudience.addThemeName("tertiary");

        where.onChange(j -> jurisdictionChanged());
        department.addValueChangeListener(e -> search());
        audience.addValueChangeListener(e -> search());
        lifeEvent.addValueChangeListener(e -> search());
        text.addValueChangeListener(e -> search());

        previous.setText(getTranslation("catalogue.portal.page.previous"));
        previous.setIcon(VaadinIcon.ARROW_LEFT.create());
        previous.addClickListener(e -> show(page - 1));
        next.setText(getTranslation("catalogue.portal.page.next"));
        next.setIcon(VaadinIcon.ARROW_RIGHT.create());
        next.setIconAfterText(true);
        next.addClickListener(e -> show(page + 1));
        // Read out when the list changes, so a screen-reader user hears the count after each filter.
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");

        Div filters = new Div(where, department, lifeEvent, text);
        filters.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
        Div audiences = new Div(audience, clearAudience);
        audiences
                .getStyle()
                .set("display", "flex")
                .set("align-items", "flex-end")
                .set("gap", "var(--lumo-space-s)");
        results.setWidthFull();
        results.getElement().setAttribute("aria-label", getTranslation("catalogue.portal.results"));
        results.getStyle().set("list-style", "none").set("padding", "0").set("margin", "0");
        Div pager = new Div(previous, status, next);
        pager.getStyle()
                .set("display", "flex")
                .set("flex-wrap", "wrap")
                .set("align-items", "center")
                .set("gap", "var(--lumo-space-m)");

        add(new H1(getTranslation("catalogue.portal.guides")), filters, audiences, results, pager);
        setMaxWidth("72rem");
        jurisdictionChanged();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters =
                event.getLocation().getQueryParameters().getParameters();
        if (!parameters.isEmpty()) {
            restore(parameters);
        }
    }

    /** Sets the filters from the address; a value that is no longer offered is ignored. */
    void restore(Map<String, List<String>> parameters) {
        refreshing = true;
        try {
            first(parameters, "jurisdiction").ifPresent(where::select);
            first(parameters, "department").ifPresent(code -> department
                    .getListDataView()
                    .getItems()
                    .filter(d -> d != null && d.code().equals(code))
                    .findFirst()
                    .ifPresent(department::setValue));
            first(parameters, "audience").ifPresent(name -> {
                for (ServedAudience value : ServedAudience.values()) {
                    if (value.name().equals(name)) {
                        audience.setValue(value);
                    }
                }
            });
            first(parameters, "lifeEvent").ifPresent(code -> lifeEvent
                    .getListDataView()
                    .getItems()
                    .filter(e -> e != null && e.code().equals(code))
                    .findFirst()
                    .ifPresent(lifeEvent::setValue));
            first(parameters, "q").ifPresent(text::setValue);
        } finally {
            refreshing = false;
        }
        show(first(parameters, "page")
                .filter(p -> p.matches("\\d{1,6}"))
                .map(Integer::parseInt)
                .orElse(0));
    }

    private static java.util.Optional<String> first(Map<String, List<String>> parameters, String name) {
        return parameters.getOrDefault(name, List.of()).stream()
                .filter(Objects::nonNull)
                .findFirst();
    }

    /** The address of the list as shown, without the filters left at "any". */
    Location location() {
        Map<String, String> query = new LinkedHashMap<>();
        if (where.value() != null) {
            query.put("jurisdiction", where.value().code());
        }
        if (department.getValue() != null) {
            query.put("department", department.getValue().code());
        }
        if (audience.getValue() != null) {
            query.put("audience", audience.getValue().name());
        }
        if (lifeEvent.getValue() != null) {
            query.put("lifeEvent", lifeEvent.getValue().code());
        }
        if (!text.getValue().isBlank()) {
            query.put("q", text.getValue().strip());
        }
        if (page > 0) {
            query.put("page", String.valueOf(page));
        }
        return new Location(PortalRoutes.GUIDES, QueryParameters.simple(query));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalogue.portal.guides");
    }

    /** Departments and life events depend on where the visitor lives. */
    private void jurisdictionChanged() {
        Jurisdiction jurisdiction = where.value();
        // Kept as it was: restoring from the address changes the jurisdiction with searching held back.
        boolean wasRefreshing = refreshing;
        refreshing = true;
        try {
            department.setItems(jurisdiction == null ? List.of() : catalogue.departments(jurisdiction.code()));
            lifeEvent.setItems(jurisdiction == null ? List.of() : catalogue.lifeEvents(jurisdiction.code()));
        } finally {
            refreshing = wasRefreshing;
        }
        search();
    }

    private void search() {
        if (!refreshing) {
            show(0);
        }
    }

    private void show(int wanted) {
        results.removeAll();
        Jurisdiction jurisdiction = where.value();
        if (jurisdiction == null) {
            status.setText(getTranslation("catalogue.portal.noJurisdiction"));
            previous.setEnabled(false);
            next.setEnabled(false);
            return;
        }
        String query = text.getValue().strip();
        Page<MatterSummary> found = catalogue.publishedMatters(new MatterQuery(
                jurisdiction.code(),
                department.getValue() == null ? null : department.getValue().code(),
                audience.getValue(),
                lifeEvent.getValue() == null ? null : lifeEvent.getValue().code(),
                query.isEmpty() ? null : query,
                Math.max(0, wanted),
                PAGE_SIZE));
        page = found.page();
        found.items().forEach(matter -> results.add(item(matter)));
        if (found.items().isEmpty()) {
            results.add(new ListItem(new Paragraph(getTranslation("catalogue.portal.noResults"))));
        }
        status.setText(getTranslation("catalogue.portal.page.status", page + 1, found.pageCount(), found.total()));
        previous.setEnabled(page > 0);
        next.setEnabled(page + 1 < found.pageCount());
        // Replaced, not pushed: the back button leaves the list instead of stepping through every filter.
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, location()));
    }

    private ListItem item(MatterSummary matter) {
        Div facts = new Div(
                Blocks.tag(Labels.of(this, matter.type())),
                Blocks.tag(Labels.of(this, matter.audiences())),
                Blocks.tag(
                        matter.instant()
                                ? getTranslation("catalogue.portal.instant")
                                : getTranslation(
                                        "catalogue.portal.promised", LimitTexts.amount(this, matter.promisedLimit()))),
                Blocks.tag(getTranslation("catalogue.portal.visits", matter.visits())),
                Blocks.tag(Labels.of(this, matter.onlineDepth())));
        Paragraph department = new Paragraph(matter.departmentName());
        department.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");
        ListItem item =
                new ListItem(PortalRoutes.link(PortalRoutes.guide(matter.code()), matter.name()), department, facts);
        item.getStyle()
                .set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)")
                .set("margin-bottom", "var(--lumo-space-s)")
                .set("font-size", "var(--lumo-font-size-m)");
        return item;
    }
}
