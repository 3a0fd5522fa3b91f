package org.tongban.platform.accounts.ui.internal;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.tongban.platform.accounts.PublicAccounts;
import org.tongban.platform.ui.Feedback;

/**
 * Reset in two steps on one page: ask for a code (sent by SMS through the outbox), then give it with the new password.
 * The first step answers the same whether or not the identifier is registered.
 */
public final class ResetPasswordView extends VerticalLayout {
    private final PublicAccounts accounts;
    private final TextField identifier;
    private final TextField code;
    private final PasswordField password;
    private final PasswordField repeat;
    private final Paragraph sent = new Paragraph();
    private final VerticalLayout second = new VerticalLayout();

    public ResetPasswordView(PublicAccounts accounts) {
        this.accounts = accounts;
        identifier = Forms.text("reset-identifier", getTranslation("accounts.identifier"), 18);
        identifier.setHelperText(getTranslation("accounts.identifier.helper"));
        Button request = new Button(getTranslation("accounts.reset.request"), click -> request());
        request.setId("reset-request");
        request.setWidthFull();

        sent.setId("reset-sent");
        sent.getElement().setAttribute("role", "status");
        code = Forms.text("reset-code", getTranslation("accounts.reset.code"), 6);
        code.getElement().setAttribute("inputmode", "numeric");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        password = Forms.password("reset-password", getTranslation("accounts.reset.newPassword"), "new-password");
        password.setHelperText(getTranslation("accounts.password.helper"));
        repeat = Forms.password("reset-repeat", getTranslation("accounts.password.repeat"), "new-password");
        Button submit = new Button(getTranslation("accounts.reset.submit"), click -> reset());
        submit.setId("reset-submit");
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.setWidthFull();
        second.setPadding(false);
        second.add(sent, Forms.column(code, password, repeat), submit);
        second.setVisible(false);

        add(new H1(getTranslation("accounts.reset.title")), Forms.column(identifier), request, second);
        Forms.page(this);
    }

    private void request() {
        try {
            accounts.requestReset(identifier.getValue());
        } catch (RuntimeException e) {
            Feedback.fail(this, e);
            return;
        }
        sent.setText(getTranslation("accounts.reset.requested"));
        second.setVisible(true);
        code.focus();
    }

    private void reset() {
        if (!password.getValue().equals(repeat.getValue())) {
            repeat.setInvalid(true);
            repeat.setErrorMessage(getTranslation("accounts.password.mismatch"));
            return;
        }
        try {
            accounts.resetPassword(
                    identifier.getValue(), code.getValue(), password.getValue().toCharArray());
        } catch (RuntimeException e) {
            Feedback.fail(this, e);
            return;
        }
        Feedback.success(getTranslation("accounts.reset.done"));
        UI.getCurrent().navigate(AccountRoutes.SIGN_IN);
    }
}
