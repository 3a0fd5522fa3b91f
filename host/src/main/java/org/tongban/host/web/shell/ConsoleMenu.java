package org.tongban.host.web.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import java.util.ArrayList;
import java.util.List;
import org.tongban.host.web.PlatformServices;
import org.tongban.host.web.nav.MenuEntry;
import org.tongban.host.web.nav.WebPlatform;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.api.ui.ViewContribution;

/**
 * The console's navigation: one {@code <nav>} element whose links are HTML ({@link MenuMarkup}). The markup is sent
 * again only when the user's menu changed; the current page is marked in the browser, so a link keeps its focus.
 */
@Tag("nav")
final class ConsoleMenu extends Component {
    private static final long serialVersionUID = 1L;

    private String shown = "";

    ConsoleMenu() {
        addClassName("tb-menu");
        getElement().setAttribute("aria-label", getTranslation("shell.console.menu"));
    }

    /** Rebuilds the links the current user may use, and marks the page at {@code path} as current. */
    void refresh(String path) {
        List<MenuMarkup.Link> links = new ArrayList<>();
        links.add(new MenuMarkup.Link("", getTranslation("shell.console.home"), "/console", "vaadin:home"));
        for (MenuEntry entry : WebPlatform.current().views().entries(Audience.CONSOLE)) {
            ViewContribution contribution = entry.contribution();
            if (contribution.inMenu() && PlatformServices.current().isPermitted(contribution.requiredPermission())) {
                links.add(new MenuMarkup.Link(
                        contribution.menuGroup(),
                        getTranslation(contribution.titleKey()),
                        "/" + entry.path(),
                        contribution.icon()));
            }
        }
        String markup = WebPlatform.current().markup().shared(MenuMarkup.render(links, this::getTranslation));
        if (!markup.equals(shown)) {
            shown = markup;
            getElement().setProperty("innerHTML", markup);
        }
        getElement()
                .executeJs(
                        "for (const a of this.querySelectorAll('a')) {"
                                + " if (a.getAttribute('href') === $0) a.setAttribute('aria-current', 'page');"
                                + " else a.removeAttribute('aria-current'); }",
                        "/" + path);
    }
}
