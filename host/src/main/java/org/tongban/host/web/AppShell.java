package org.tongban.host.web;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page-wide settings. Push carries menu changes from hot-deployed bundles to open browsers. The city theme and the
 * elder-friendly layer are plain CSS served by {@link ThemeServlet}, so a city restyles without a frontend build.
 */
@Push
@StyleSheet(Lumo.STYLESHEET)
public class AppShell implements AppShellConfigurator {
    private static final long serialVersionUID = 1L;

    @Override
    public void configurePage(AppShellSettings settings) {
        CityTheme theme = CityTheme.current();
        settings.addLink("stylesheet", "themes/base/tongban.css");
        settings.addLink("stylesheet", "themes/" + theme.name() + "/theme.css");
        settings.addLink("stylesheet", "themes/base/care.css");
        settings.addFavIcon("icon", "themes/" + theme.name() + "/" + theme.logo(), "any");
        settings.setPageTitle(theme.hallName());
        settings.addMetaTag("viewport", "width=device-width, initial-scale=1");
        settings.addMetaTag("tongban-city", WebHost.current().host().options().setting("city", ""));
    }
}
