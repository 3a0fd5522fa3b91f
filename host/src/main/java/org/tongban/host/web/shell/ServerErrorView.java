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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Any other failure while opening a page: a plain apology with a reference, the details only in the log. */
@ParentLayout(PortalLayout.class)
public class ServerErrorView extends VerticalLayout implements HasDynamicTitle, HasErrorParameter<Exception> {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ServerErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        LOG.error(
                "Error {} while opening /{}", reference, event.getLocation().getPath(), parameter.getCaughtException());
        removeAll();
        addClassName("tb-error");
        add(new H1(getTranslation("error.server.title")));
        add(new Paragraph(getTranslation("error.server.text", reference)));
        add(new Anchor("/", getTranslation("error.back.home")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return PageHeading.title(UI.getCurrent(), getTranslation("error.server.title"));
    }
}
