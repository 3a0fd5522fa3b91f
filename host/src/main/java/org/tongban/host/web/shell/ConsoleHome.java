package org.tongban.host.web.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.List;
import org.tongban.host.web.PlatformServices;
import org.tongban.host.web.nav.MenuEntry;
import org.tongban.host.web.nav.WebPlatform;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.platform.api.ui.Audience;

/** The console's start page: who is logged in, for which jurisdiction, and the views they may use. */
@Route(value = "console", layout = ConsoleLayout.class)
public class ConsoleHome extends VerticalLayout implements HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    public ConsoleHome() {
        addClassName("tb-home");
        add(new H1(getTranslation("console.home.title")));
        PlatformServices.current().currentUser().ifPresent(this::describe);
        List<MenuMarkup.Link> links = new ArrayList<>();
        for (MenuEntry entry : WebPlatform.current().views().entries(Audience.CONSOLE)) {
            if (entry.contribution().inMenu()
                    && PlatformServices.current()
                            .isPermitted(entry.contribution().requiredPermission())) {
                links.add(new MenuMarkup.Link(
                        "",
                        getTranslation(entry.contribution().titleKey()),
                        "/" + entry.path(),
                        entry.contribution().icon()));
            }
        }
        // The tiles as one element of shared HTML, like the menu: no component per tile.
        Div tiles = new Div();
        tiles.addClassName("tb-tiles");
        tiles.getElement()
                .setProperty("innerHTML", WebPlatform.current().markup().shared(MenuMarkup.tiles(links)));
        add(tiles);
    }

    private void describe(CurrentUser user) {
        add(new Paragraph(getTranslation("console.home.welcome", user.displayName(), user.jurisdictionCode())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("console.home.title");
    }
}
