package org.tongban.worktime.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.platform.api.security.AccessDeniedException;

/** Tells the user how an action went; a failure shows the service's Chinese message, never a stack trace. */
final class Feedback {
    private static final Logger LOG = LoggerFactory.getLogger(Feedback.class);
    private static final int DURATION_MS = 5000;

    private Feedback() {}

    static void success(String text) {
        show(text, NotificationVariant.SUCCESS);
    }

    /** Shows why an action failed: the message of a denial or of invalid input as it is, anything else generically. */
    static void failure(Component view, RuntimeException failure) {
        String text;
        if (failure instanceof AccessDeniedException || failure instanceof IllegalArgumentException) {
            text = failure.getMessage();
        } else {
            LOG.error("Working-time action failed", failure);
            text = view.getTranslation("worktime.error.unexpected");
        }
        show(text, NotificationVariant.ERROR);
    }

    // Notification(String) renders the text as text, so a message quoting user input stays harmless.
    private static void show(String text, NotificationVariant variant) {
        Notification notification = new Notification(text, DURATION_MS, Notification.Position.MIDDLE);
        notification.addThemeVariants(variant);
        notification.open();
    }
}
