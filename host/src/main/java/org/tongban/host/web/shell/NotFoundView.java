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
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.servlet.http.HttpServletResponse;

/** A page that does not exist, or a feature the city does not run (any more). */
@ParentLayout(PortalLayout.class)
public class NotFoundView extends VerticalLayout implements HasDynamicTitle, HasErrorParameter<NotFoundException> {
    private static final long serialVersionUID = 1L;

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        if (ConsoleErrorViews.inConsole(event)) {
            event.rerouteToError(ConsoleErrorViews.Missing.class);
            return HttpServletResponse.SC_NOT_FOUND;
        }
        removeAll();
        addClassName("tb-error");
        add(new H1(getTranslation("error.notfound.title")));
        add(new Paragraph(getTranslation("error.notfound.text")));
        add(new Anchor("/", getTranslation("error.back.home")));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return PageHeading.title(UI.getCurrent(), getTranslation("error.notfound.title"));
    }
}
