package org.tongban.hotline.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * A step's dialog with its fields: confirming checks that every required field holds something (a Chinese message
 * next to the empty one) before the step runs; Esc cancels, Ctrl+Enter confirms, the title names it for screen readers.
 */
final class StepDialog extends Dialog {
    private final List<HasValue<?, ?>> required = new ArrayList<>();
    private final FormLayout form = new FormLayout();
    private final Button confirm;
    private final Runnable onConfirm;

    StepDialog(Component owner, String title, String confirmText, Runnable onConfirm) {
        this.onConfirm = onConfirm;
        setHeaderTitle(title);
        getElement().setAttribute("aria-label", title);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        confirm = new Button(confirmText, click -> confirm());
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("hotline-dialog-confirm");
        confirm.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        Button cancel = new Button(owner.getTranslation("hotline.ui.dialog.cancel"), click -> close());
        getFooter().add(cancel, confirm);
        setWidth("min(95vw, 36rem)");
    }

    /** Adds a field; a required one must not be empty when confirming. */
    <F extends Component & HasValue<?, ?>> F field(F field, boolean mandatory) {
        form.add(field);
        if (mandatory) {
            required.add(field);
            if (field instanceof com.vaadin.flow.component.HasValidation v) {
                v.setErrorMessage(getTranslation("hotline.ui.dialog.required"));
            }
        }
        return field;
    }

    /** Confirms as the button does: refuses when a required field is empty, else closes and runs the step. */
    boolean confirm() {
        boolean ok = true;
        for (HasValue<?, ?> f : required) {
            Object v = f.getValue();
            boolean empty = f.isEmpty() || (v instanceof String s && s.isBlank());
            if (f instanceof com.vaadin.flow.component.HasValidation h) {
                h.setInvalid(empty);
            }
            ok &= !empty;
        }
        if (ok) {
            close();
            onConfirm.run();
        }
        return ok;
    }

    Button confirmButton() {
        return confirm;
    }
}
