package org.tongban.search.ui.console;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.platform.api.security.AccessDeniedException;
import org.tongban.search.SearchQueryException;
import org.tongban.search.SearchUnavailableException;

/** Tells the clerk how an action went: the services' Chinese messages as they are, never a stack trace. */
final class Feedback {
    private static final Logger LOG = LoggerFactory.getLogger(Feedback.class);
    private static final int DURATION_MS = 6000;

    private Feedback() {}

    static void success(String text) {
        show(text, NotificationVariant.SUCCESS);
    }

    static void error(String text) {
        show(text, NotificationVariant.ERROR);
    }

    /** Shows why an action failed. */
    static void failure(Component view, RuntimeException failure) {
        error(message(view, failure));
    }

    /**
     * The text shown for a failure: a denial, a refused entry or an unavailable backend as the service words it (those
     * messages are Chinese by contract); anything else is logged and summed up in one sentence.
     */
    static String message(Component view, RuntimeException failure) {
        if (failure instanceof AccessDeniedException
                || failure instanceof SearchQueryException
                || failure instanceof SearchUnavailableException) {
            return failure.getMessage();
        }
        LOG.error("Search console action failed", failure);
        return view.getTranslation("search.console.error.unexpected");
    }

    // Notification(String) renders text as text, so a message quoting a citizen's query stays harmless.
    private static void show(String text, NotificationVariant variant) {
        Notification notification = new Notification(text, DURATION_MS, Notification.Position.MIDDLE);
        notification.addThemeVariants(variant);
        notification.open();
    }
}
