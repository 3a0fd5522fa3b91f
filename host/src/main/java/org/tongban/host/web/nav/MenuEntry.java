package org.tongban.host.web.nav;

import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.api.ui.ViewContribution;

/**
 * A registered contribution with its full path ({@code notices} or {@code console/notices}).
 *
 * @param path route path without leading slash
 * @param contribution the contributed view
 * @param bundle symbolic name of the contributing bundle
 */
public record MenuEntry(String path, ViewContribution contribution, String bundle) {

    public Audience audience() {
        return contribution.audience();
    }

    static String pathOf(ViewContribution contribution) {
        String route = contribution.route().replaceAll("^/+|/+$", "");
        return contribution.audience() == Audience.CONSOLE ? "console/" + route : route;
    }
}
