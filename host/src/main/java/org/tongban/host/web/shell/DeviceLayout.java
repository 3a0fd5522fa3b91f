package org.tongban.host.web.shell;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouterLayout;
import org.tongban.host.web.nav.OpenShells;
import org.tongban.host.web.nav.WebPlatform;

/**
 * The frame of a hall's devices (kiosk, calling screen, rating tablet): the view alone on the whole screen, in the
 * city's theme, with no header, menu or link that would lead a visitor away from the device; only the demo banner, so
 * that a demo device is never taken for a real one. When the bundle of the view goes, the device shows the portal.
 */
public class DeviceLayout extends Div implements RouterLayout, OpenShells.Shell {
    private static final long serialVersionUID = 1L;

    private final Div content = new Div();
    private boolean contributedContent;

    public DeviceLayout() {
        addClassName("tb-device");
        content.addClassName("tb-device-content");
        add(content, ShellParts.demoBanner(this));
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.removeAll();
        if (view != null) {
            content.getElement().appendChild(view.getElement());
            ShellParts.markMain(view);
        }
        contributedContent = view != null && WebPlatform.current().views().isContributed(((Component) view).getClass());
    }

    @Override
    public void refreshNavigation() {
        if (contributedContent
                && content.getChildren()
                        .findFirst()
                        .map(c -> !WebPlatform.current().views().isContributed(c.getClass()))
                        .orElse(false)) {
            contributedContent = false;
            getUI().ifPresent(ui -> ui.navigate(""));
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        WebPlatform.current().shells().register(this, event.getUI());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        WebPlatform.current().shells().unregister(this);
        super.onDetach(event);
    }
}
