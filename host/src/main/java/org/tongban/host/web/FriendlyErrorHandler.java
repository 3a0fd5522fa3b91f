package org.tongban.host.web;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.platform.api.security.AccessDeniedException;

/**
 * Turns an exception from a click or an edit into a message the user can act on. A refused permission or invalid
 * input shows its own (Chinese) message; anything else shows an apology with a reference and is logged in full.
 */
class FriendlyErrorHandler implements ErrorHandler {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(FriendlyErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable cause = event.getThrowable();
        while (cause.getCause() != null
                && !(cause instanceof AccessDeniedException)
                && !(cause instanceof IllegalArgumentException)) {
            cause = cause.getCause();
        }
        String message;
        if (cause instanceof AccessDeniedException || cause instanceof IllegalArgumentException) {
            message = cause.getMessage();
        } else {
            String reference = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
            LOG.error("Error {} in a UI event", reference, event.getThrowable());
            UI ui = UI.getCurrent();
            message = ui == null ? "操作失败，请稍后重试（" + reference + "）" : ui.getTranslation("error.action", reference);
        }
        if (UI.getCurrent() != null) {
            Notification notification = Notification.show(message, 6000, Notification.Position.MIDDLE);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
