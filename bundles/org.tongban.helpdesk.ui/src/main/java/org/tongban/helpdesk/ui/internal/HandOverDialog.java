package org.tongban.helpdesk.ui.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.BiConsumer;

/** 移交: the helper who takes over (a member of a team serving the area) and the reason, both required. */
final class HandOverDialog extends Dialog {
    final TextField username = new TextField();
    final TextArea reason = new TextArea();
    final Button confirm;

    HandOverDialog(BiConsumer<String, String> handOver) {
        setHeaderTitle(getTranslation("helpdesk.ui.action.handOver"));
        username.setLabel(getTranslation("helpdesk.ui.field.receiver"));
        username.setRequired(true);
        username.setMaxLength(100);
        reason.setLabel(getTranslation("helpdesk.ui.field.reason"));
        reason.setRequired(true);
        reason.setMaxLength(2000);
        add(username, reason);
        confirm = new Button(getTranslation("helpdesk.ui.action.handOver"), click -> {
            if (username.isEmpty() || reason.getValue().isBlank()) {
                reason.setInvalid(reason.getValue().isBlank());
                username.setInvalid(username.isEmpty());
                return;
            }
            close();
            handOver.accept(username.getValue().strip(), reason.getValue());
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("helpdesk.ui.cancel"), click -> close()), confirm);
    }
}
