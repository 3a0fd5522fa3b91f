package org.tongban.host.web.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import org.tongban.host.web.PlatformServices;
import org.tongban.host.web.SessionLogin;
import org.tongban.platform.api.security.Authenticator;
import org.tongban.platform.api.security.LoginResult;

/** The console's login page. Credentials are checked by the security bundle, which also locks and audits. */
@Route(LoginView.ROUTE)
public class LoginView extends Div implements HasDynamicTitle, BeforeEnterObserver {
    private static final long serialVersionUID = 1L;

    public static final String ROUTE = "console/login";

    private final LoginForm form = new LoginForm();

    public LoginView() {
        addClassName("tb-login");
        form.setI18n(i18n(null));
        form.setForgotPasswordButtonVisible(false);
        form.addLoginListener(event -> login(event.getUsername(), event.getPassword()));
        add(ShellParts.hallTitle(this, "/"), form, ShellParts.languageSwitch(this), ShellParts.demoBanner(this));
    }

    private void login(String username, String password) {
        Authenticator authenticator = PlatformServices.current().authenticator().orElse(null);
        if (authenticator == null) {
            showError(getTranslation("login.unavailable"));
            return;
        }
        String remote = VaadinService.getCurrentRequest() == null
                ? null
                : VaadinService.getCurrentRequest().getRemoteAddr();
        LoginResult result = authenticator.login(username, password.toCharArray(), remote);
        if (!result.loggedIn()) {
            showError(LoginRefusal.text(result, this::getTranslation));
            return;
        }
        // A new session id after login prevents session fixation.
        VaadinService.reinitializeSession(VaadinRequest.getCurrent());
        SessionLogin.store(
                new SessionLogin(result.session(), result.outcome() == LoginResult.Outcome.PASSWORD_CHANGE_REQUIRED));
        authenticator.bind(result.session());
        UI.getCurrent()
                .navigate(
                        result.outcome() == LoginResult.Outcome.PASSWORD_CHANGE_REQUIRED
                                ? ChangePasswordView.ROUTE
                                : "console");
    }

    private void showError(String message) {
        form.setI18n(i18n(message));
        form.setError(true);
        form.setEnabled(true);
    }

    private LoginI18n i18n(String error) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(error == null ? getTranslation("login.error.message") : error);
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (SessionLogin.current() != null
                && PlatformServices.current().currentUser().isPresent()) {
            event.forwardTo(ConsoleHome.class);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }
}
