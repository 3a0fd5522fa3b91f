package org.tongban.host.web.shell;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import org.tongban.host.web.PlatformServices;
import org.tongban.host.web.SessionLogin;
import org.tongban.host.web.nav.OpenShells;
import org.tongban.host.web.nav.WebPlatform;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.platform.api.ui.Audience;

/** The clerks' console shell at {@code /console}: the views the logged-in clerk may use, and the account menu. */
public class ConsoleLayout extends AppLayout implements OpenShells.Shell, AfterNavigationObserver, HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    private final ConsoleMenu menu = new ConsoleMenu();
    private final HeaderSlot widgets = new HeaderSlot(Audience.CONSOLE);
    private final BannerSlot banners = new BannerSlot();
    private final Span user = new Span();
    private boolean contributedContent;
    private String path = "console";

    public ConsoleLayout() {
        addClassName("tb-console");
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu"));
        Button logout = new Button(getTranslation("shell.logout"), new Icon("vaadin", "sign-out"), e -> logout());
        logout.addClassName("tb-logout");
        // On a phone the label is hidden to keep the header on one row; screen readers still hear it.
        logout.setAriaLabel(getTranslation("shell.logout"));
        user.addClassName("tb-user");
        Div tools = new Div(user, ShellParts.languageSwitch(this), logout);
        tools.addClassName("tb-tools");
        addToNavbar(
                ShellParts.skipLink(this),
                toggle,
                ShellParts.hallTitle(this, "/console"),
                widgets,
                tools,
                ShellParts.demoBanner(this),
                banners);
        addToDrawer(menu);
        // The menu and the user's name are filled after the first navigation, which every shell goes through.
    }

    private void logout() {
        SessionLogin login = SessionLogin.current();
        if (login != null) {
            PlatformServices.current().authenticator().ifPresent(a -> a.logout(login.token()));
        }
        SessionLogin.clear();
        UI.getCurrent().getSession().getSession().invalidate();
        UI.getCurrent().getPage().setLocation("/console/login");
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        ShellParts.markMain(content);
        contributedContent =
                content != null && WebPlatform.current().views().isContributed(((Component) content).getClass());
    }

    @Override
    public void refreshNavigation() {
        widgets.refresh();
        CurrentUser current = PlatformServices.current().currentUser().orElse(null);
        user.setText(current == null ? "" : current.displayName() + "（" + current.username() + "）");
        menu.refresh(path);
        if (contributedContent
                && !WebPlatform.current().views().isContributed(getContent().getClass())) {
            contributedContent = false;
            getUI().ifPresent(ui -> ui.navigate("console"));
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        path = event.getLocation().getPath();
        refreshNavigation();
        // Every page asks again: a matter settled on this page clears its banner on the next.
        banners.refresh();
        PageHeading.mark(getContent());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        WebPlatform.current().shells().register(this, event.getUI());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        WebPlatform.current().shells().unregister(this);
        super.onDetach(event);
    }

    @Override
    public String getPageTitle() {
        UI ui = UI.getCurrent();
        String where = ui.getActiveViewLocation().getPath();
        return PageHeading.titleOf(
                ui,
                getContent(),
                ShellParts.menuLabel(this, WebPlatform.current().views().entries(Audience.CONSOLE), where));
    }
}
