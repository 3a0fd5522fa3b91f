package org.tongban.platform.accounts.ui.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.platform.accounts.PublicAccounts;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.ui.TongbanView;
import org.tongban.platform.ui.ViewFactory;

/** {@code /account/register}, reached from the sign-in page. */
@Component(service = ViewFactory.class)
@TongbanView(
        route = AccountRoutes.REGISTER,
        view = RegisterView.class,
        audience = Audience.PORTAL,
        titleKey = "accounts.register.menu",
        inMenu = false)
public final class RegisterContribution implements ViewFactory {
    private final PublicAccounts accounts;

    @Activate
    public RegisterContribution(@Reference PublicAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public com.vaadin.flow.component.Component createView() {
        return new RegisterView(accounts);
    }
}
