package org.tongban.platform.accounts.ui.internal;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.tongban.platform.accounts.PublicAccounts;
import org.tongban.platform.accounts.SignIn;
import org.tongban.platform.accounts.ui.CitizenSession;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.ui.Feedback;

/** A citizen or an enterprise signs in to the portal with the identifier and the password. */
public final class SignInView extends VerticalLayout {
    private final PublicAccounts accounts;
    private final TextField identifier;
    private final PasswordField password;
    private final Paragraph error = new Paragraph();

    public SignInView(PublicAccounts accounts) {
        this.accounts = accounts;
        identifier = Forms.text("account-identifier", getTranslation("accounts.identifier"), 18);
        identifier.setHelperText(getTranslation("accounts.identifier.helper"));
        identifier.getElement().setAttribute("autocomplete", "username");
        password = Forms.password("account-password", getTranslation("accounts.password"), "current-password");
        error.setId("account-error");
        error.getElement().setAttribute("role", "alert");
        error.getStyle().set("color", "var(--lumo-error-text-color)");

        Button submit = new Button(getTranslation("accounts.signIn.submit"), click -> signIn());
        submit.setId("account-sign-in");
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.setWidthFull();
        submit.addClickShortcut(Key.ENTER).listenOn(identifier, password);

        add(
                new H1(getTranslation("accounts.signIn.title")),
                Forms.column(identifier, password),
                error,
                submit,
                new Anchor(AccountRoutes.REGISTER, getTranslation("accounts.signIn.toRegister")),
                new Anchor(AccountRoutes.RESET, getTranslation("accounts.signIn.toReset")));
        Forms.page(this);
    }

    private void signIn() {
        SignIn result;
        try {
            result =
                    accounts.signIn(identifier.getValue(), password.getValue().toCharArray(), AuditLog.remoteAddress());
        } catch (RuntimeException e) {
            Feedback.fail(this, e);
            return;
        }
        password.clear();
        switch (result.outcome()) {
            case SIGNED_IN -> {
                CitizenSession.signIn(new CitizenSession.Citizen(
                        result.account().id(), result.account().name()));
                UI.getCurrent().navigate(AccountRoutes.MESSAGES);
            }
            case LOCKED ->
                error.setText(getTranslation(
                        "accounts.signIn.locked",
                        DateTimeFormatter.ofPattern("HH:mm")
                                .format(result.lockedUntil().atZone(ZoneId.of("Asia/Shanghai")))));
            case REFUSED -> error.setText(getTranslation("accounts.signIn.refused"));
        }
        if (!result.signedIn()) {
            password.focus();
        }
    }
}
