package org.tongban.platform.console.internal.users;

import com.vaadin.flow.component.Component;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.platform.api.PlatformProperties;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.ApiTokens;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.api.security.UserAdmin;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.console.internal.ConsoleFormats;
import org.tongban.platform.ui.TongbanView;
import org.tongban.platform.ui.ViewFactory;

/** Contributes the user administration view, {@code /console/users}. */
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = "users",
        view = UsersView.class,
        audience = Audience.CONSOLE,
        titleKey = "console.users.menu",
        permission = "user:admin",
        icon = "vaadin:users",
        menuGroup = ConsoleFormats.SYSTEM_GROUP,
        order = 900)
public class UsersContribution implements ViewFactory {
    private final AccessControl access;
    private final UserAdmin users;
    private final ApiTokens tokens;
    private final Jurisdictions jurisdictions;
    private final String rootJurisdiction;

    @Activate
    public UsersContribution(
            BundleContext context,
            @Reference AccessControl access,
            @Reference UserAdmin users,
            @Reference ApiTokens tokens,
            @Reference Jurisdictions jurisdictions) {
        this.access = access;
        this.users = users;
        this.tokens = tokens;
        this.jurisdictions = jurisdictions;
        this.rootJurisdiction = context.getProperty(PlatformProperties.ROOT_JURISDICTION);
    }

    /** The jurisdiction chooser starts at the administrator's own jurisdiction, which bounds what they may assign. */
    @Override
    public Component createView() {
        String home = access.currentUser().map(CurrentUser::jurisdictionCode).orElse(rootJurisdiction);
        return new UsersView(users, tokens, jurisdictions, home);
    }
}
