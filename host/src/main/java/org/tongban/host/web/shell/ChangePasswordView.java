package org.tongban.host.web.shell;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import org.tongban.host.web.PlatformServices;
import org.tongban.host.web.SessionLogin;

/** Changes the logged-in clerk's password; the only page reachable while a one-time password is in use. */
@Route(value = ChangePasswordView.ROUTE, layout = ConsoleLayout.class)
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    public static final String ROUTE = "console/password";

    public ChangePasswordView() {
        addClassName("tb-narrow");
        PasswordField current = new PasswordField(getTranslation("password.current"));
        PasswordField next = new PasswordField(getTranslation("password.new"));
        PasswordField repeat = new PasswordField(getTranslation("password.repeat"));
        next.setHelperText(getTranslation("password.policy"));
        Paragraph status = new Paragraph();
        status.getElement().setAttribute("role", "alert");
        Button save = new Button(getTranslation("password.save"), e -> {
            PasswordChange result = PasswordChange.submit(
                    PlatformServices.current().authenticator(),
                    current.getValue(),
                    next.getValue(),
                    repeat.getValue(),
                    (key, arguments) -> getTranslation(key, arguments),
                    getLocale());
            if (!result.changed()) {
                status.setText(result.message());
                return;
            }
            SessionLogin login = SessionLogin.current();
            if (login != null) {
                SessionLogin.store(new SessionLogin(login.token(), false));
            }
            Notification.show(getTranslation("password.changed"), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            UI.getCurrent().navigate("console");
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        SessionLogin login = SessionLogin.current();
        add(new H1(getTranslation("password.title")));
        if (login != null && login.mustChangePassword()) {
            add(new Paragraph(getTranslation("password.onetime")));
        }
        add(current, next, repeat, save, status);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title");
    }
}
