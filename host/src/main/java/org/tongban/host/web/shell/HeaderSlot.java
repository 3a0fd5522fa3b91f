package org.tongban.host.web.shell;

import com.vaadin.flow.component.html.Div;
import org.tongban.host.web.PlatformServices;
import org.tongban.host.web.nav.HeaderWidgets;
import org.tongban.host.web.nav.WebPlatform;
import org.tongban.platform.api.ui.Audience;

/** The place in a shell's header where bundles' {@link org.tongban.platform.api.ui.HeaderWidget}s appear. */
final class HeaderSlot extends Div {
    private static final long serialVersionUID = 1L;

    private final Audience audience;
    private long builtGeneration = Long.MIN_VALUE;

    HeaderSlot(Audience audience) {
        this.audience = audience;
        addClassName("tb-widgets");
    }

    /** Rebuilds the widgets when they changed since the last build; called with the UI locked. */
    void refresh() {
        HeaderWidgets collector = WebPlatform.current().widgets();
        long generation = collector.generation();
        if (generation != builtGeneration) {
            builtGeneration = generation;
            removeAll();
            collector.build(audience, PlatformServices.current()::isPermitted).forEach(this::add);
        }
    }
}
