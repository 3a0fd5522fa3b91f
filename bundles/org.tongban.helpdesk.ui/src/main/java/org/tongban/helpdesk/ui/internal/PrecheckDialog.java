package org.tongban.helpdesk.ui.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.tongban.helpdesk.HelpRequest;
import org.tongban.helpdesk.HelpdeskService;

/** 材料预审: the helper ticks, for one of the request's matters, the guide's materials the applicant has in order. */
final class PrecheckDialog extends Dialog {
    final ComboBox<String> matter = new ComboBox<>();
    final CheckboxGroup<String> present = new CheckboxGroup<>();
    final Button confirm;

    PrecheckDialog(HelpdeskService service, HelpRequest r, BiConsumer<String, Set<String>> check) {
        setHeaderTitle(getTranslation("helpdesk.ui.action.precheck"));
        matter.setLabel(getTranslation("helpdesk.ui.field.matters"));
        matter.setItems(r.matterCodes());
        present.setLabel(getTranslation("helpdesk.ui.precheck.present"));
        matter.addValueChangeListener(e -> {
            List<String> items;
            try {
                items = e.getValue() == null ? List.of() : service.checklist(e.getValue());
            } catch (RuntimeException failure) {
                items = List.of();
            }
            present.setItems(items);
        });
        if (!r.matterCodes().isEmpty()) {
            matter.setValue(r.matterCodes().getFirst());
        }
        add(new Paragraph(getTranslation("helpdesk.ui.precheck.explain")), matter, present);
        confirm = new Button(getTranslation("helpdesk.ui.action.precheck"), click -> {
            if (matter.getValue() == null) {
                matter.setInvalid(true);
                return;
            }
            close();
            check.accept(matter.getValue(), present.getValue());
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("helpdesk.ui.cancel"), click -> close()), confirm);
    }
}
