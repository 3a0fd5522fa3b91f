package org.tongban.catalogue.ui.console;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.util.function.BooleanSupplier;

/**
 * A modal dialog around a form, with OK and cancel: OK (or Ctrl+Enter) runs {@code accept}, which returns whether the
 * input was valid and the dialog may close; Escape cancels.
 */
final class FormDialog extends Dialog {

    FormDialog(Component owner, String title, FormLayout form, BooleanSupplier accept) {
        this(owner, title, owner.getTranslation("catalogue.console.ok"), form, accept);
    }

    FormDialog(Component owner, String title, String okText, FormLayout form, BooleanSupplier accept) {
        setHeaderTitle(title);
        setCloseOnEsc(true);
        setCloseOnOutsideClick(false);
        setWidth("min(48rem, 95vw)");
        getElement().setAttribute("aria-label", title);
        add(form);
        Button ok = new Button(okText, e -> {
            if (accept.getAsBoolean()) {
                close();
            }
        });
        ok.setId("catalogue-dialog-ok");
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        // On the dialog: a modal dialog blocks shortcuts registered on the page behind it.
        ok.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(this);
        ok.setTooltipText(owner.getTranslation("catalogue.console.ok.shortcut"));
        Button cancel = new Button(owner.getTranslation("catalogue.console.cancel"), e -> close());
        cancel.setId("catalogue-dialog-cancel");
        getFooter().add(cancel, ok);
    }
}
