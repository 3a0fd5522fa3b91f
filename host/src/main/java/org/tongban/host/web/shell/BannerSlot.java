package org.tongban.host.web.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.host.web.PlatformServices;
import org.tongban.host.web.nav.WebPlatform;
import org.tongban.platform.api.ui.ConsoleBanner;

/**
 * The console's row of {@link ConsoleBanner}s below the header: asked again on every page, each shown to users holding
 * its permission. A banner that fails is logged and left out.
 */
final class BannerSlot extends Div {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(BannerSlot.class);

    BannerSlot() {
        addClassName("tb-console-banners");
    }

    /** Asks the banners for the bound user; called with the UI locked on every page. */
    void refresh() {
        removeAll();
        for (ConsoleBanner.Notice notice :
                collect(WebPlatform.current().banners().current(), PlatformServices.current()::isPermitted)) {
            add(render(notice));
        }
        setVisible(getComponentCount() > 0);
    }

    static List<ConsoleBanner.Notice> collect(List<ConsoleBanner> banners, Predicate<String> permitted) {
        List<ConsoleBanner.Notice> notices = new ArrayList<>();
        for (ConsoleBanner banner : banners) {
            try {
                if (permitted.test(banner.requiredPermission())) {
                    banner.notice().ifPresent(notices::add);
                }
            } catch (RuntimeException e) {
                LOG.error(
                        "Console banner {} failed; the page shows without it",
                        banner.getClass().getName(),
                        e);
            }
        }
        return notices;
    }

    private Div render(ConsoleBanner.Notice notice) {
        Anchor link = new Anchor("/" + notice.link(), getTranslation(notice.linkKey()));
        link.getElement().setAttribute("router-link", true);
        Div banner = new Div(
                new Span(getTranslation(notice.textKey(), notice.textArgs().toArray())), new Span(" "), link);
        banner.addClassName("tb-console-banner");
        banner.getElement().setAttribute("role", "status");
        return banner;
    }
}
