package org.tongban.catalogue.ui.portal;

import com.vaadin.flow.component.html.Anchor;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The portal's catalogue routes. A detail page is a route template ({@code guides/:code}) rather than a
 * {@code HasUrlParameter} view: the host keys contributions by route, and the browse page already owns
 * {@code guides}.
 */
final class PortalRoutes {
    static final String GUIDES = "guides";
    static final String GUIDE = "guides/:code";
    static final String LIFE_EVENTS = "life-events";
    static final String LIFE_EVENT = "life-events/:code";
    static final String CODE = "code";

    private PortalRoutes() {}

    static String guide(String matterCode) {
        return GUIDES + "/" + segment(matterCode);
    }

    static String lifeEvent(String lifeEventCode) {
        return LIFE_EVENTS + "/" + segment(lifeEventCode);
    }

    /** A link the Vaadin router follows without reloading the page. */
    static Anchor link(String href, String text) {
        Anchor anchor = new Anchor(href, text);
        anchor.getElement().setAttribute("router-link", true);
        return anchor;
    }

    private static String segment(String code) {
        return URLEncoder.encode(code, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
