package org.tongban.search.ui.portal;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.tongban.platform.api.security.Jurisdiction;
import org.tongban.platform.api.security.Jurisdictions;

/**
 * Chooses where the citizen lives: the city, then (optionally) the district. A portal rooted at a city offers that
 * city only; one rooted at a province offers its cities.
 */
final class JurisdictionPicker extends Composite<Div> {
    private final Jurisdictions jurisdictions;
    private final Select<Jurisdiction> city = new Select<>();
    private final Select<Jurisdiction> district = new Select<>();
    private Consumer<Jurisdiction> listener = j -> {};

    JurisdictionPicker(Jurisdictions jurisdictions, String rootJurisdiction) {
        this.jurisdictions = jurisdictions;
        Optional<Jurisdiction> root = Optional.ofNullable(rootJurisdiction).flatMap(jurisdictions::find);
        List<Jurisdiction> cities = root.map(
                        r -> r.level() == Jurisdiction.Level.PROVINCE ? jurisdictions.children(r.code()) : List.of(r))
                .orElse(List.of());

        city.setLabel(getTranslation("search.portal.city"));
        city.setItems(cities);
        city.setItemLabelGenerator(Jurisdiction::name);
        city.setEnabled(cities.size() > 1);
        city.addClassName("tb-search-city");
        district.setLabel(getTranslation("search.portal.district"));
        district.setEmptySelectionAllowed(true);
        district.setEmptySelectionCaption(getTranslation("search.portal.district.all"));
        district.setItemLabelGenerator(j -> j == null ? getTranslation("search.portal.district.all") : j.name());
        district.setHelperText(getTranslation("search.portal.district.helper"));
        district.addClassName("tb-search-district");

        city.addValueChangeListener(event -> {
            List<Jurisdiction> districts = event.getValue() == null
                    ? List.of()
                    : jurisdictions.children(event.getValue().code());
            district.setItems(districts);
            district.setEnabled(!districts.isEmpty());
            district.clear();
            listener.accept(value());
        });
        district.addValueChangeListener(event -> {
            if (event.isFromClient() || event.getValue() != null) {
                listener.accept(value());
            }
        });
        Div layout = getContent();
        layout.add(city, district);
        layout.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
        cities.stream().findFirst().ifPresent(city::setValue);
    }

    /** The chosen district, else the chosen city; null when the portal has no root jurisdiction. */
    Jurisdiction value() {
        return district.getValue() != null ? district.getValue() : city.getValue();
    }

    /** Chooses a city or one of the chosen city's districts by code; anything else is ignored. */
    void select(String code) {
        if (code == null) {
            return;
        }
        jurisdictions.find(code).ifPresent(j -> {
            if (city.getListDataView().contains(j)) {
                city.setValue(j);
            } else if (j.parentCode() != null) {
                jurisdictions
                        .find(j.parentCode())
                        .filter(city.getListDataView()::contains)
                        .ifPresent(parent -> {
                            city.setValue(parent);
                            district.setValue(j);
                        });
            }
        });
    }

    void onChange(Consumer<Jurisdiction> listener) {
        this.listener = listener;
    }
}
