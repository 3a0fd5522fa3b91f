package org.tongban.platform.console.internal.users;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.tongban.platform.console.internal.Notifications;

/** Shows a new account's one-time password exactly once; nothing keeps it after the dialog closes. */
class OneTimePasswordDialog extends Dialog {

    OneTimePasswordDialog(String username, String password) {
        setHeaderTitle(getTranslation("console.users.otp.title"));
        setCloseOnOutsideClick(false);

        TextField field = new TextField(getTranslation("console.users.otp.label"));
        field.setValue(password);
        field.setReadOnly(true);
        field.setWidthFull();
        field.getStyle().set("font-family", "monospace");

        Button copy = new Button(getTranslation("console.users.otp.copy"), e -> copy(password));
        copy.addThemeVariants(ButtonVariant.PRIMARY);
        Button close = new Button(getTranslation("console.users.otp.close"), e -> close());

        add(new Paragraph(getTranslation("console.users.otp.intro", username)), field);
        add(new Paragraph(getTranslation("console.users.otp.hint")));
        getFooter().add(copy, close);
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                field.clear();
            }
        });
    }

    // the clipboard API needs a secure context; otherwise the clerk selects the text in the field
    private void copy(String password) {
        getElement()
                .executeJs(
                        "return navigator.clipboard ? navigator.clipboard.writeText($0).then(() => true) : false",
                        password)
                .then(
                        Boolean.class,
                        copied -> {
                            if (Boolean.TRUE.equals(copied)) {
                                Notifications.success(getTranslation("console.users.otp.copied"));
                            } else {
                                Notifications.error(getTranslation("console.users.otp.copyManually"));
                            }
                        },
                        error -> Notifications.error(getTranslation("console.users.otp.copyManually")));
    }
}
