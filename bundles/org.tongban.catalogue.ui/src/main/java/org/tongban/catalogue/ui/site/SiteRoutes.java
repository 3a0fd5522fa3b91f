package org.tongban.catalogue.ui.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The public URLs of the catalogue; the same addresses the Vaadin portal used, so old links keep working. */
final class SiteRoutes {
    static final String GUIDES = "guides";
    static final String GUIDE = "guides/{code}";
    static final String LIFE_EVENTS = "life-events";
    static final String LIFE_EVENT = "life-events/{code}";

    private SiteRoutes() {}

    static String guide(String matterCode) {
        return GUIDES + "/" + segment(matterCode);
    }

    static String lifeEvent(String code) {
        return LIFE_EVENTS + "/" + segment(code);
    }

    static String segment(String code) {
        return URLEncoder.encode(code, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
