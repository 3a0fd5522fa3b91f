package org.tongban.host.web.shell;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import org.tongban.host.web.nav.OpenShells;
import org.tongban.host.web.nav.WebPlatform;
import org.tongban.platform.api.ui.Audience;

/** The citizens' portal shell at {@code /}: hall name, language, elder-friendly mode and the features of the city. */
public class PortalLayout extends AppLayout implements OpenShells.Shell, AfterNavigationObserver, HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    private final SideNav menu = new SideNav();
    private final HeaderSlot widgets = new HeaderSlot(Audience.PORTAL);
    private boolean contributedContent;

    public PortalLayout() {
        addClassName("tb-portal");
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu"));
        Div tools = new Div(ShellParts.careToggle(this), ShellParts.languageSwitch(this));
        tools.addClassName("tb-tools");
        addToNavbar(
                ShellParts.skipLink(this),
                toggle,
                ShellParts.hallTitle(this, "/"),
                widgets,
                tools,
                ShellParts.demoBanner(this));
        menu.setLabel(getTranslation("shell.portal.menu"));
        menu.getElement().setAttribute("aria-label", getTranslation("shell.portal.menu"));
        Span footer = new Span(getTranslation("shell.portal.footer"));
        footer.addClassName("tb-footer");
        addToDrawer(menu, footer);
        refreshNavigation();
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
        ShellParts.fillMenu(menu, this, WebPlatform.current().views().entries(Audience.PORTAL));
        if (contributedContent
                && !WebPlatform.current().views().isContributed(getContent().getClass())) {
            // The bundle that contributed the open view is gone.
            contributedContent = false;
            getUI().ifPresent(ui -> ui.navigate(""));
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refreshNavigation();
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
                ShellParts.menuLabel(this, WebPlatform.current().views().entries(Audience.PORTAL), where));
    }
}
