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
import org.tongban.host.web.PlatformServices;

/**
 * A signed-in clerk who opens a console address that is refused or does not exist stays in the console (its menu,
 * header and language), instead of landing on the citizens' portal. The portal's error views hand such requests over
 * by rerouting to one of the errors below.
 */
public final class ConsoleErrorViews {

    private ConsoleErrorViews() {}

    /** Whether an error at {@code path} belongs in the console: a console address and a signed-in user. */
    static boolean inConsole(BeforeEnterEvent event) {
        String path = event.getLocation().getPath();
        return (path.equals("console") || path.startsWith("console/"))
                && !path.equals("console/login")
                && PlatformServices.current().currentUser().isPresent();
    }

    /** Raised by the portal's access-denied view to show the refusal in the console. */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /** Raised by the portal's not-found view to show the missing page in the console. */
    public static final class Missing extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    private static void fill(VerticalLayout view, String title, String text) {
        view.removeAll();
        view.addClassName("tb-error");
        view.add(new H1(view.getTranslation(title)));
        view.add(new Paragraph(view.getTranslation(text)));
        view.add(new Anchor("/console", view.getTranslation("error.back.console")));
    }

    /** A console page the clerk's permissions do not cover: HTTP 403 inside the console. */
    @ParentLayout(ConsoleLayout.class)
    public static class RefusedView extends VerticalLayout implements HasDynamicTitle, HasErrorParameter<Refused> {
        private static final long serialVersionUID = 1L;

        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Refused> parameter) {
            fill(this, "error.denied.title", "error.denied.text");
            return HttpServletResponse.SC_FORBIDDEN;
        }

        @Override
        public String getPageTitle() {
            return PageHeading.title(UI.getCurrent(), getTranslation("error.denied.title"));
        }
    }

    /** A console address that does not exist (or a feature no longer installed): HTTP 404 inside the console. */
    @ParentLayout(ConsoleLayout.class)
    public static class MissingView extends VerticalLayout implements HasDynamicTitle, HasErrorParameter<Missing> {
        private static final long serialVersionUID = 1L;

        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Missing> parameter) {
            fill(this, "error.notfound.title", "error.notfound.text");
            return HttpServletResponse.SC_NOT_FOUND;
        }

        @Override
        public String getPageTitle() {
            return PageHeading.title(UI.getCurrent(), getTranslation("error.notfound.title"));
        }
    }
}
