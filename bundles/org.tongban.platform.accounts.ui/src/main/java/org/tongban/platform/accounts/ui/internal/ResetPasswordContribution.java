package org.tongban.platform.accounts.ui.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.platform.accounts.PublicAccounts;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.ui.TongbanView;
import org.tongban.platform.ui.ViewFactory;

/** {@code /account/reset-password}, reached from the sign-in page. */
@Component(service = ViewFactory.class)
@TongbanView(
        route = AccountRoutes.RESET,
        view = ResetPasswordView.class,
        audience = Audience.PORTAL,
        titleKey = "accounts.reset.menu",
        inMenu = false)
public final class ResetPasswordContribution implements ViewFactory {
    private final PublicAccounts accounts;

    @Activate
    public ResetPasswordContribution(@Reference PublicAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public com.vaadin.flow.component.Component createView() {
        return new ResetPasswordView(accounts);
    }
}
