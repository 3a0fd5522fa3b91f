package org.tongban.catalogue.ui.console;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.tongban.catalogue.CatalogueLimits;

/** Asks for the reason of a send-back or a withdrawal, which the guide's author and the audit log will read. */
final class ReasonDialog {

    private ReasonDialog() {}

    static void open(Component owner, String titleKey, String actionKey, Consumer<String> confirmed) {
        TextArea reason = new TextArea(owner.getTranslation("catalogue.console.reason"));
        reason.setId("catalogue-reason");
        reason.setRequired(true);
        reason.setMaxLength(CatalogueLimits.MAX_NAME_LENGTH);
        reason.setMinRows(3);
        reason.setWidthFull();
        FormLayout form = new FormLayout(reason);
        FormDialog dialog =
                new FormDialog(owner, owner.getTranslation(titleKey), owner.getTranslation(actionKey), form, () -> {
                    if (reason.getValue().isBlank()) {
                        reason.setErrorMessage(owner.getTranslation("catalogue.console.reason.required"));
                        reason.setInvalid(true);
                        return false;
                    }
                    confirmed.accept(reason.getValue().strip());
                    return true;
                });
        dialog.open();
        reason.focus();
    }
}
