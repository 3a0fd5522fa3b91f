package org.tongban.platform.events.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.platform.api.security.AccessDeniedException;

/** Tells the administrator how an action went; a failure shows the service's Chinese message, never a stack trace. */
final class Feedback {
    private static final Logger LOG = LoggerFactory.getLogger(Feedback.class);
    private static final int DURATION_MS = 6000;
    private static final int MAX_MESSAGE = 300;

    private Feedback() {}

    static void success(String text) {
        show(text, NotificationVariant.SUCCESS);
    }

    static void error(String text) {
        show(text, NotificationVariant.ERROR);
    }

    /**
     * What to tell the user about a failure. The outbox writes its refusals and replay failures for users (a denial,
     * an unknown letter, a handler that is not running, {@code 重放失败：…}); anything else is logged and described
     * generically.
     */
    static String describe(Component view, RuntimeException failure) {
        boolean forUsers = failure instanceof AccessDeniedException
                || failure instanceof IllegalArgumentException
                || failure instanceof IllegalStateException;
        String message = EventFormats.shorten(failure.getMessage(), MAX_MESSAGE);
        if (forUsers && !message.isEmpty()) {
            if (!(failure instanceof AccessDeniedException)) {
                LOG.warn("Event delivery action failed: {}", message);
            }
            return message;
        }
        LOG.error("Event delivery action failed", failure);
        return view.getTranslation("events.error.unexpected");
    }

    // Notification(String) renders the text as text, so a message quoting a payload or an error stays harmless.
    private static void show(String text, NotificationVariant variant) {
        Notification notification = new Notification(text, DURATION_MS, Notification.Position.MIDDLE);
        notification.addThemeVariants(variant);
        notification.open();
    }
}
