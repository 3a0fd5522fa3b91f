package org.tongban.hall.ui.internal;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.List;
import org.tongban.hall.Hall;
import org.tongban.hall.HallAdministration;

/** A choice of the halls a clerk sees, named for screen readers. */
final class HallPicker extends ComboBox<Hall> {
    HallPicker(HallAdministration halls, String jurisdictionCode, String label) {
        super(label);
        String inactive = getTranslation("hall.ui.inactiveMark");
        setItemLabelGenerator(h -> h.name() + "（" + h.code() + "）" + (h.active() ? "" : inactive));
        List<Hall> items = halls.halls(jurisdictionCode);
        setItems(items);
        if (!items.isEmpty()) {
            setValue(items.getFirst());
        }
        setWidthFull();
        setMaxWidth("28em");
    }
}
