package org.tongban.platform.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.tongban.platform.api.security.Jurisdiction;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.ui.internal.KitMessages;

/**
 * Chooses where a citizen lives: the city, then (optionally) the district. A portal rooted at a city offers that city
 * only; one rooted at a province offers its cities. Two labelled selects, side by side and wrapping on a phone.
 */
public class JurisdictionPicker extends Composite<Div> {
    private static final long serialVersionUID = 1L;

    private final Jurisdictions jurisdictions;
    private final Select<Jurisdiction> city = new Select<>();
    private final Select<Jurisdiction> district = new Select<>();
    private Consumer<Jurisdiction> listener = j -> {};

    public JurisdictionPicker(Jurisdictions jurisdictions, String rootJurisdiction) {
        this.jurisdictions = jurisdictions;
        Optional<Jurisdiction> root = Optional.ofNullable(rootJurisdiction).flatMap(jurisdictions::find);
        List<Jurisdiction> cities = root.map(
                        r -> r.level() == Jurisdiction.Level.PROVINCE ? jurisdictions.children(r.code()) : List.of(r))
                .orElse(List.of());
        String all = KitMessages.get(this, "tongban.ui.jurisdiction.district.all");

        city.setLabel(KitMessages.get(this, "tongban.ui.jurisdiction.city"));
        city.setItems(cities);
        city.setItemLabelGenerator(Jurisdiction::name);
        city.setEnabled(cities.size() > 1);
        city.addClassName("tb-jurisdiction-city");
        district.setLabel(KitMessages.get(this, "tongban.ui.jurisdiction.district"));
        district.setEmptySelectionAllowed(true);
        district.setEmptySelectionCaption(all);
        district.setItemLabelGenerator(j -> j == null ? all : j.name());
        district.addClassName("tb-jurisdiction-district");

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
        layout.addClassName("tb-jurisdiction-picker");
        layout.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
        cities.stream().findFirst().ifPresent(city::setValue);
    }

    /** Explains what choosing a district does, below the district select. */
    public void setDistrictHelperText(String text) {
        district.setHelperText(text);
    }

    /** The chosen district, else the chosen city; {@code null} when the portal has no root jurisdiction. */
    public Jurisdiction value() {
        return district.getValue() != null ? district.getValue() : city.getValue();
    }

    /** Chooses a city, or a district of an offered city, by code; anything else is ignored. */
    public void select(String code) {
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

    /** Called with {@link #value()} whenever the visitor (or {@link #select}) changes it. */
    public void onChange(Consumer<Jurisdiction> listener) {
        this.listener = listener == null ? j -> {} : listener;
    }
}
