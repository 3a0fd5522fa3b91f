package org.tongban.platform.console.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.platform.api.security.AccessDeniedException;

/** Shows outcomes to the user in Chinese; a failure is logged with its stack trace but never shown with it. */
public final class Notifications {
    private static final Logger LOG = LoggerFactory.getLogger(Notifications.class);
    private static final int DURATION_MS = 6000;
    private static final int MAX_MESSAGE = 200;

    private Notifications() {}

    public static void success(String text) {
        show(text, NotificationVariant.SUCCESS);
    }

    public static void error(String text) {
        show(text, NotificationVariant.ERROR);
    }

    /** Shows a service failure; services write their messages for users, other exceptions get a generic prefix. */
    public static void failure(Component view, RuntimeException e) {
        if (e instanceof AccessDeniedException) {
            error(e.getMessage());
            return;
        }
        if (e instanceof BundleOperationException refused) {
            if (refused.reason() == BundleOperationException.Reason.FAILED) {
                LOG.warn("Bundle operation failed on {}", refused.bundleName(), e);
            }
            error(view.getTranslation(refused.reason().messageKey(), refused.bundleName(), causeOf(refused)));
            return;
        }
        LOG.warn("Console operation failed", e);
        String message = e.getMessage();
        error(
                message == null || message.isBlank()
                        ? view.getTranslation("console.error.unknown")
                        : view.getTranslation("console.error.failed", shorten(message)));
    }

    private static String causeOf(BundleOperationException e) {
        return e.getCause() == null ? "" : shorten(BundleErrors.describe(e.getCause()));
    }

    private static String shorten(String message) {
        String oneLine = message.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= MAX_MESSAGE ? oneLine : oneLine.substring(0, MAX_MESSAGE) + "…";
    }

    private static void show(String text, NotificationVariant variant) {
        Notification notification = new Notification(text, DURATION_MS, Notification.Position.MIDDLE);
        notification.addThemeVariants(variant);
        notification.open();
    }
}
