package org.tongban.platform.accounts.ui.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.platform.accounts.PublicAccounts;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.ui.TongbanView;
import org.tongban.platform.ui.ViewFactory;

/** {@code /account/sign-in}. */
@Component(service = ViewFactory.class)
@TongbanView(
        route = AccountRoutes.SIGN_IN,
        view = SignInView.class,
        audience = Audience.PORTAL,
        titleKey = "accounts.signIn.menu",
        icon = "vaadin:sign-in",
        order = 900)
public final class SignInContribution implements ViewFactory {
    private final PublicAccounts accounts;

    @Activate
    public SignInContribution(@Reference PublicAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public com.vaadin.flow.component.Component createView() {
        return new SignInView(accounts);
    }
}
