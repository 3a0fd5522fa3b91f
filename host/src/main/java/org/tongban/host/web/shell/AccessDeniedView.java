package org.tongban.host.web.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.servlet.http.HttpServletResponse;
import org.tongban.platform.api.security.AccessDeniedException;

/** Shown, with HTTP 403, when a user opens a page their permissions do not cover. */
@ParentLayout(PortalLayout.class)
public class AccessDeniedView extends VerticalLayout
        implements HasDynamicTitle, HasErrorParameter<AccessDeniedException> {
    private static final long serialVersionUID = 1L;

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        if (ConsoleErrorViews.inConsole(event)) {
            event.rerouteToError(ConsoleErrorViews.Refused.class);
            return HttpServletResponse.SC_FORBIDDEN;
        }
        removeAll();
        addClassName("tb-error");
        add(new H1(getTranslation("error.denied.title")));
        add(new Paragraph(getTranslation("error.denied.text")));
        add(new Anchor("/console", getTranslation("error.back.console")));
        return HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    public String getPageTitle() {
        return PageHeading.title(UI.getCurrent(), getTranslation("error.denied.title"));
    }
}
