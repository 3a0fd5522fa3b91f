package org.tongban.host.web.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import org.tongban.host.web.CityTheme;
import org.tongban.host.web.PlatformServices;
import org.tongban.host.web.nav.MenuEntry;
import org.tongban.host.web.nav.WebPlatform;
import org.tongban.platform.api.ui.Audience;

/** The portal's front page: the hall's name and a large tile per feature the city runs. */
@Route(value = "", layout = PortalLayout.class)
public class PortalHome extends VerticalLayout implements HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    public PortalHome() {
        addClassName("tb-home");
        add(new H1(CityTheme.current().hallName(getLocale())));
        add(new Paragraph(getTranslation("portal.home.intro")));
        Div tiles = new Div();
        tiles.addClassName("tb-tiles");
        for (MenuEntry entry : WebPlatform.current().views().entries(Audience.PORTAL)) {
            if (entry.contribution().inMenu()
                    && PlatformServices.current()
                            .isPermitted(entry.contribution().requiredPermission())) {
                Anchor tile = new Anchor("/" + entry.path(), "");
                tile.add(
                        ShellParts.icon(entry.contribution().icon()),
                        new Span(getTranslation(entry.contribution().titleKey())));
                tile.addClassName("tb-tile");
                tiles.add(tile);
            }
        }
        if (tiles.getChildren().findAny().isEmpty()) {
            tiles.add(new Paragraph(getTranslation("portal.home.empty")));
        }
        add(tiles);
    }

    @Override
    public String getPageTitle() {
        return CityTheme.current().hallName(getLocale());
    }
}
