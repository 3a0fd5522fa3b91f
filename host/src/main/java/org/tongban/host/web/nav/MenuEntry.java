package org.tongban.host.web.nav;

import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.api.ui.ViewContribution;

/**
 * A registered contribution with its full path ({@code notices} or {@code console/notices}).
 *
 * @param path route path without leading slash
 * @param contribution the contributed view
 * @param bundle symbolic name of the contributing bundle
 * @param serviceId the contribution's service id
 */
public record MenuEntry(String path, ViewContribution contribution, String bundle, long serviceId) {

    public Audience audience() {
        return contribution.audience();
    }

    /** The path up to its first parameter ({@code catalogue/} of {@code catalogue/:code}), or the whole path. */
    String fixedPrefix() {
        int parameter = path.indexOf(':');
        return parameter < 0 ? path : path.substring(0, parameter);
    }

    static String pathOf(ViewContribution contribution) {
        String route = contribution.route().replaceAll("^/+|/+$", "");
        return contribution.audience() == Audience.CONSOLE ? "console/" + route : route;
    }
}
