package org.tongban.catalogue.ui.console;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.catalogue.CatalogueException;
import org.tongban.catalogue.CatalogueValidationException;
import org.tongban.catalogue.ValidationError;
import org.tongban.platform.api.security.AccessDeniedException;

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

    /** Shows why an action failed and returns the located errors, if the failure listed any. */
    static List<ValidationError> failure(Component view, RuntimeException failure) {
        error(message(view, failure));
        return failure instanceof CatalogueValidationException invalid ? invalid.errors() : List.of();
    }

    /**
     * Shows why an action failed where no list of errors is on screen (a dialog): a refusal of invalid input shows
     * every located error in the message itself.
     */
    static void failureInDetail(Component view, RuntimeException failure) {
        error(failure instanceof CatalogueValidationException ? failure.getMessage() : message(view, failure));
    }

    /** The text shown for a failure: a denial or a refusal of bad input as the service words it. */
    static String message(Component view, RuntimeException failure) {
        if (failure instanceof AccessDeniedException) {
            return failure.getMessage();
        }
        if (failure instanceof CatalogueValidationException invalid) {
            return view.getTranslation(
                    "catalogue.console.error.invalid",
                    String.valueOf(invalid.errors().size()));
        }
        if (failure instanceof CatalogueException || failure instanceof IllegalArgumentException) {
            return failure.getMessage();
        }
        LOG.error("Catalogue console action failed", failure);
        return view.getTranslation("catalogue.console.error.unexpected");
    }

    // Notification(String) renders text as text, so a message quoting user input stays harmless.
    private static void show(String text, NotificationVariant variant) {
        Notification notification = new Notification(text, DURATION_MS, Notification.Position.MIDDLE);
        notification.addThemeVariants(variant);
        notification.open();
    }
}
