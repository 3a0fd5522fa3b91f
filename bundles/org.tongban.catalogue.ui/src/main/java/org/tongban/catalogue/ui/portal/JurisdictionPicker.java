package org.tongban.catalogue.ui.portal;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.tongban.platform.api.security.Jurisdiction;
import org.tongban.platform.api.security.Jurisdictions;

/**
 * Chooses where the visitor lives: first the city, then (optionally) the district. A portal rooted at a city offers
 * that city only; one rooted at a province offers its cities.
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

        city.setLabel(getTranslation("catalogue.portal.city"));
        city.setItems(cities);
        city.setItemLabelGenerator(Jurisdiction::name);
        city.setEnabled(cities.size() > 1);
        district.setLabel(getTranslation("catalogue.portal.district"));
        district.setEmptySelectionAllowed(true);
        district.setEmptySelectionCaption(getTranslation("catalogue.portal.district.all"));
        district.setItemLabelGenerator(j -> j == null ? getTranslation("catalogue.portal.district.all") : j.name());
        district.setHelperText(getTranslation("catalogue.portal.district.helper"));

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

    /** The chosen district, else the chosen city. */
    Jurisdiction value() {
        return district.getValue() != null ? district.getValue() : city.getValue();
    }

    /** Chooses a district (or city) by code, when it is one of those offered. */
    void select(String code) {
        jurisdictions.find(code).ifPresent(j -> {
            if (city.getListDataView().contains(j)) {
                city.setValue(j);
            } else if (district.getListDataView().contains(j)) {
                district.setValue(j);
            }
        });
    }

    void onChange(Consumer<Jurisdiction> listener) {
        this.listener = listener;
    }
}
