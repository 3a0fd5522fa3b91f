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
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.tongban.platform.accounts.PublicAccounts;
import org.tongban.platform.accounts.SignIn;
import org.tongban.platform.accounts.ui.CitizenSession;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.ui.Feedback;

/** A citizen or an enterprise signs in to the portal with the identifier and the password. */
public final class SignInView extends VerticalLayout implements BeforeEnterObserver {
    private final PublicAccounts accounts;
    private final TextField identifier;
    private final PasswordField password;
    private final Paragraph error = new Paragraph();
    private String next = AccountRoutes.MESSAGES;

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

    /** A view that needs the citizen sent the visitor here with its own route, to go back there after signing in. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        returnTo(event
                .getLocation()
                .getQueryParameters()
                .getParameters()
                .getOrDefault(CitizenSession.NEXT_PARAMETER, java.util.List.of())
                .stream()
                .findFirst()
                .orElse(null));
    }

    /** Where to go after signing in: a route of this portal, else 我的消息. */
    void returnTo(String route) {
        next = CitizenSession.isPortalRoute(route) ? route : AccountRoutes.MESSAGES;
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
                UI.getCurrent().navigate(next);
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
