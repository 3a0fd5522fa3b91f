package org.tongban.platform.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.platform.api.i18n.Localized;
import org.tongban.platform.api.security.AccessDeniedException;
import org.tongban.platform.ui.internal.KitMessages;

/**
 * Tells the user how an action went. A failure shows the service's message when the service speaks to the user (a
 * denial, invalid input, the exceptions a bundle {@link #showing names}), in the UI's language when the exception
 * carries a message key ({@link Localized}); anything else is logged and summed up in one generic sentence, never a
 * stack trace. Notifications render text as text, so a message quoting user input
 * stays harmless; screen readers announce them (the notification card is a live region).
 *
 * <pre>{@code
 * private static final Feedback FEEDBACK = Feedback.standard().showing(SearchQueryException.class);
 * ...
 * } catch (RuntimeException e) {
 *     FEEDBACK.failure(this, e);
 * }
 * }</pre>
 */
public final class Feedback {
    private static final Logger LOG = LoggerFactory.getLogger(Feedback.class);
    static final int DURATION_MS = 6000;
    private static final Feedback STANDARD = new Feedback(
            Map.of(
                    AccessDeniedException.class, (view, e) -> e.getMessage(),
                    IllegalArgumentException.class, (view, e) -> e.getMessage()),
            null);

    private static final Feedback DENIALS =
            new Feedback(Map.of(AccessDeniedException.class, (view, e) -> e.getMessage()), null);

    private final Map<Class<? extends RuntimeException>, BiFunction<Component, RuntimeException, String>> texts;
    private final String unexpectedKey;

    private Feedback(
            Map<Class<? extends RuntimeException>, BiFunction<Component, RuntimeException, String>> texts,
            String unexpectedKey) {
        this.texts = texts;
        this.unexpectedKey = unexpectedKey;
    }

    /**
     * Shows only denials as worded: for bundles whose {@link IllegalArgumentException}s may carry technical text
     * (from a library), and whose own exceptions are named with {@link #showing}.
     */
    public static Feedback denials() {
        return DENIALS;
    }

    /** Shows denials ({@link AccessDeniedException}) and refused input ({@link IllegalArgumentException}) as worded. */
    public static Feedback standard() {
        return STANDARD;
    }

    /** Also shows these exceptions' messages as they are: their services word them for the user, in Chinese. */
    @SafeVarargs
    public final Feedback showing(Class<? extends RuntimeException>... types) {
        Map<Class<? extends RuntimeException>, BiFunction<Component, RuntimeException, String>> more =
                new LinkedHashMap<>(texts);
        for (Class<? extends RuntimeException> type : types) {
            more.put(type, (view, e) -> e.getMessage());
        }
        return new Feedback(more, unexpectedKey);
    }

    /** Words failures of this type itself (checked before the types given to {@link #showing}). */
    @SuppressWarnings("unchecked")
    public <E extends RuntimeException> Feedback describing(Class<E> type, BiFunction<Component, E, String> text) {
        Map<Class<? extends RuntimeException>, BiFunction<Component, RuntimeException, String>> more =
                new LinkedHashMap<>();
        more.put(type, (view, e) -> text.apply(view, (E) e));
        more.putAll(texts);
        return new Feedback(more, unexpectedKey);
    }

    /** Sums up unexpected failures with the bundle's own message key instead of the kit's sentence. */
    public Feedback unexpected(String messageKey) {
        return new Feedback(texts, messageKey);
    }

    /** The text shown for a failure. */
    public String message(Component view, RuntimeException failure) {
        for (Map.Entry<Class<? extends RuntimeException>, BiFunction<Component, RuntimeException, String>> entry :
                texts.entrySet()) {
            if (entry.getKey().isInstance(failure) && failure.getMessage() != null) {
                return failure instanceof Localized localized
                        ? localized.message(locale(view))
                        : entry.getValue().apply(view, failure);
            }
        }
        LOG.error(
                "Action failed in {}", view == null ? "a view" : view.getClass().getName(), failure);
        return unexpectedKey != null && view != null
                ? view.getTranslation(unexpectedKey)
                : KitMessages.get(view, "tongban.ui.feedback.unexpected");
    }

    private static Locale locale(Component view) {
        UI ui = view == null ? UI.getCurrent() : view.getUI().orElseGet(UI::getCurrent);
        return ui == null ? Locale.SIMPLIFIED_CHINESE : ui.getLocale();
    }

    /** Shows why an action failed. */
    public void failure(Component view, RuntimeException failure) {
        error(message(view, failure));
    }

    /** Shows that an action succeeded. */
    public static void success(String text) {
        show(text, NotificationVariant.SUCCESS);
    }

    /** Shows an error worded by the caller. */
    public static void error(String text) {
        show(text, NotificationVariant.ERROR);
    }

    /** The kit's standard {@link #failure}: denials and refused input as worded, anything else generically. */
    public static void fail(Component view, RuntimeException failure) {
        STANDARD.failure(view, failure);
    }

    private static void show(String text, NotificationVariant variant) {
        Notification notification = new Notification(text, DURATION_MS, Notification.Position.MIDDLE);
        notification.addThemeVariants(variant);
        notification.open();
    }
}
