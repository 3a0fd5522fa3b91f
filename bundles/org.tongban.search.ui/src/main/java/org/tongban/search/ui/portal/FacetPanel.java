package org.tongban.search.ui.portal;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import org.tongban.search.FacetField;
import org.tongban.search.FacetValue;
import org.tongban.search.SearchResult;

/**
 * The facets of a result (department, jurisdiction, audience, life event, promised limit, matter type, cross-region
 * mode) with their counts. Each value is a toggle
 * button ({@code aria-pressed}): pressing it narrows the results to that value, pressing it again widens them.
 */
final class FacetPanel extends Composite<Section> {
    private final BiFunction<FacetField, FacetValue, String> labels;
    private final BiConsumer<FacetField, String> toggled;
    private final Runnable cleared;
    private final Div facets = new Div();
    private final Button clear = new Button();

    /**
     * @param labels the text of a value (a department's name, a jurisdiction's name, an audience in the visitor's
     *     language)
     * @param toggled called with the field and the value to filter on, or null to stop filtering on the field
     * @param cleared called when every filter is to be removed
     */
    FacetPanel(
            BiFunction<FacetField, FacetValue, String> labels,
            BiConsumer<FacetField, String> toggled,
            Runnable cleared) {
        this.labels = labels;
        this.toggled = toggled;
        this.cleared = cleared;
        Section section = getContent();
        section.addClassName("tb-search-facets");
        H2 heading = new H2(getTranslation("search.portal.facets"));
        heading.setId("tb-search-facets-heading");
        heading.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0 0 var(--lumo-space-s)");
        section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        clear.setText(getTranslation("search.portal.facets.clear"));
        clear.addClassName("tb-search-clear-filters");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.addClickListener(e -> this.cleared.run());
        facets.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-m)");
        section.add(heading, clear, facets);
        section.getStyle().set("flex", "1 1 16rem").set("max-width", "100%").set("min-width", "0");
        section.setVisible(false);
    }

    /** Shows the facets of this result; a filter in use stays listed (with 0) so that it can be removed. */
    void show(SearchResult result, SearchState state) {
        facets.removeAll();
        boolean any = false;
        for (FacetField field : FacetField.values()) {
            List<FacetValue> values = new ArrayList<>(result.facet(field).values());
            String active = state.filter(field);
            if (active != null && values.stream().noneMatch(v -> v.value().equals(active))) {
                values.add(new FacetValue(active, active, 0));
            }
            if (!values.isEmpty()) {
                facets.add(facet(field, values, active));
                any = true;
            }
        }
        clear.setVisible(state.filtered());
        getContent().setVisible(any);
    }

    void hide() {
        facets.removeAll();
        getContent().setVisible(false);
    }

    private Section facet(FacetField field, List<FacetValue> values, String active) {
        String name = parameterOf(field);
        H3 heading = new H3(getTranslation("search.portal.facet." + name));
        heading.setId("tb-search-facet-" + name);
        heading.getStyle().set("font-size", "var(--lumo-font-size-m)").set("margin", "0");
        Div group = new Div();
        group.getElement().setAttribute("role", "group");
        group.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        group.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)");
        for (FacetValue value : values) {
            group.add(toggle(field, value, value.value().equals(active)));
        }
        Section section = new Section(heading, group);
        section.addClassName("tb-search-facet");
        section.getElement().setAttribute("data-facet", name);
        return section;
    }

    private Button toggle(FacetField field, FacetValue value, boolean pressed) {
        Button button = new Button(
                getTranslation("search.portal.facet.value", labels.apply(field, value), String.valueOf(value.count())));
        button.addClassName("tb-search-facet-value");
        button.getElement().setAttribute("aria-pressed", String.valueOf(pressed));
        button.getElement().setAttribute("data-value", value.value());
        // Pressed values are filled, the others outlined: the state shows without colour alone too.
        button.addThemeVariants(pressed ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_CONTRAST);
        button.getStyle().set("white-space", "normal").set("height", "auto").set("min-height", "var(--lumo-size-m)");
        button.addClickListener(e -> toggled.accept(field, pressed ? null : value.value()));
        return button;
    }

    /** The facet's name as the address and the API call it: department, jurisdiction, audience, lifeEvent, ... */
    static String parameterOf(FacetField field) {
        return switch (field) {
            case LIFE_EVENT -> "lifeEvent";
            case PROMISED_LIMIT -> "promisedLimit";
            case MATTER_TYPE -> "matterType";
            case CROSS_REGION_MODE -> "crossRegionMode";
            default -> field.name().toLowerCase(Locale.ROOT);
        };
    }
}
