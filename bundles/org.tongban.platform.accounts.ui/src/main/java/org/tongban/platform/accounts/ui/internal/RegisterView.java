package org.tongban.platform.accounts.ui.internal;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import org.tongban.platform.accounts.PublicAccounts;
import org.tongban.platform.accounts.Registration;
import org.tongban.platform.api.identity.ApplicantKind;
import org.tongban.platform.ui.Feedback;

/**
 * A citizen registers with name, identity number and mobile, or an enterprise with its name, credit code, contact
 * person and mobile. The service checks the identifiers' check digits and the password policy; the view keeps the
 * input when it refuses.
 */
public final class RegisterView extends VerticalLayout {
    private final PublicAccounts accounts;
    private final RadioButtonGroup<ApplicantKind> kind = new RadioButtonGroup<>();
    private final TextField name;
    private final TextField identifier;
    private final TextField contact;
    private final TextField mobile;
    private final PasswordField password;
    private final PasswordField repeat;

    public RegisterView(PublicAccounts accounts) {
        this.accounts = accounts;
        kind.setId("account-kind");
        kind.setLabel(getTranslation("accounts.kind"));
        kind.setItems(ApplicantKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("accounts.kind." + k));
        name = Forms.text("account-name", "", 100);
        identifier = Forms.text("account-identifier", "", 18);
        contact = Forms.text("account-contact", getTranslation("accounts.contact"), 50);
        mobile = Forms.text("account-mobile", getTranslation("accounts.mobile"), 11);
        mobile.setHelperText(getTranslation("accounts.mobile.helper"));
        mobile.getElement().setAttribute("inputmode", "numeric");
        mobile.getElement().setAttribute("autocomplete", "tel");
        password = Forms.password("account-password", getTranslation("accounts.password"), "new-password");
        password.setHelperText(getTranslation("accounts.password.helper"));
        repeat = Forms.password("account-repeat", getTranslation("accounts.password.repeat"), "new-password");
        kind.addValueChangeListener(event -> labels(event.getValue()));
        kind.setValue(ApplicantKind.PERSON);

        Button submit = new Button(getTranslation("accounts.register.submit"), click -> register());
        submit.setId("account-register");
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.setWidthFull();

        add(
                new H1(getTranslation("accounts.register.title")),
                Forms.column(kind, name, identifier, contact, mobile, password, repeat),
                submit);
        Forms.page(this);
    }

    private void labels(ApplicantKind chosen) {
        name.setLabel(getTranslation("accounts.name." + chosen));
        identifier.setLabel(getTranslation("accounts.identifier." + chosen));
        contact.setVisible(chosen == ApplicantKind.ORGANISATION);
    }

    private void register() {
        if (!password.getValue().equals(repeat.getValue())) {
            repeat.setInvalid(true);
            repeat.setErrorMessage(getTranslation("accounts.password.mismatch"));
            Feedback.error(getTranslation("accounts.password.mismatch"));
            return;
        }
        repeat.setInvalid(false);
        char[] chosen = password.getValue().toCharArray();
        try {
            accounts.register(new Registration(
                    kind.getValue(),
                    name.getValue(),
                    identifier.getValue(),
                    contact.getValue(),
                    mobile.getValue(),
                    chosen));
        } catch (RuntimeException e) {
            Feedback.fail(this, e);
            return;
        } finally {
            Arrays.fill(chosen, '\0');
        }
        Feedback.success(getTranslation("accounts.registered"));
        UI.getCurrent().navigate(AccountRoutes.SIGN_IN);
    }
}
