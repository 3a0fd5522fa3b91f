package org.tongban.search.ui.portal;

import com.vaadin.flow.component.html.Anchor;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The portal routes search uses: its own results page and the catalogue's guide pages it links to. */
final class SearchRoutes {
    static final String SEARCH = "search";
    /** The catalogue's guide page ({@code org.tongban.catalogue.ui}); an FAQ links to the guide of its matter. */
    static final String GUIDES = "guides";

    private SearchRoutes() {}

    static String guide(String matterCode) {
        return GUIDES + "/"
                + URLEncoder.encode(matterCode, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A link the Vaadin router follows without reloading the page. */
    static Anchor link(String href) {
        Anchor anchor = new Anchor();
        anchor.setHref(href);
        anchor.getElement().setAttribute("router-link", true);
        return anchor;
    }
}
