package org.tongban.host.web.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
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

/** The console's start page: who is logged in, for which jurisdiction, their to-do list and the views they may use. */
@Route(value = "console", layout = ConsoleLayout.class)
public class ConsoleHome extends VerticalLayout implements HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    public ConsoleHome() {
        addClassName("tb-home");
        add(new H1(getTranslation("console.home.title")));
        PlatformServices.current().currentUser().ifPresent(this::describe);
        add(workList());
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

    /** 我的待办 above the tiles: what waits for this user in every feature, each line one click from its page. */
    private Section workList() {
        H2 heading = new H2(getTranslation("console.work.title"));
        heading.setId("tb-work-heading");
        Div lines = new Div();
        lines.addClassName("tb-work-lines");
        lines.getElement()
                .setProperty(
                        "innerHTML",
                        WorkList.render(
                                WorkList.collect(
                                        WebPlatform.current().workItems().current()),
                                this::getTranslation));
        Section section = new Section(heading, lines);
        section.addClassName("tb-work-section");
        section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        return section;
    }

    private void describe(CurrentUser user) {
        add(new Paragraph(getTranslation("console.home.welcome", user.displayName(), user.jurisdictionCode())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("console.home.title");
    }
}
