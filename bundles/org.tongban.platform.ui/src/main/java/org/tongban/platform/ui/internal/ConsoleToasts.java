package org.tongban.platform.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.api.ui.ConsoleNotices;
import org.tongban.platform.api.ui.HeaderWidget;

/**
 * Shows {@link ConsoleNotices} to the consoles open now, through push, each to a user holding the notice's permission.
 * Every console header holds an invisible anchor; while it is attached its UI hears notices, checked as its own user.
 */
@org.osgi.service.component.annotations.Component(
        service = {EventHandler.class, HeaderWidget.class},
        property = EventConstants.EVENT_TOPIC + "=" + ConsoleNotices.TOPIC)
public final class ConsoleToasts implements EventHandler, HeaderWidget {
    static final int DURATION_MS = 8000;

    private final AccessControl accessControl;
    private final Map<Span, Listener> open = new ConcurrentHashMap<>();

    /** An open console: its UI, and a way to run work as its user (whatever work is set before running it). */
    private record Listener(UI ui, AtomicReference<Runnable> work, Runnable asUser) {}

    @Activate
    public ConsoleToasts(@Reference AccessControl accessControl) {
        this.accessControl = accessControl;
    }

    @Override
    public Audience audience() {
        return Audience.CONSOLE;
    }

    @Override
    public int order() {
        return Integer.MAX_VALUE;
    }

    @Override
    public Component createComponent() {
        Span anchor = new Span();
        anchor.addClassName("tb-console-notices");
        anchor.addAttachListener(event -> {
            AtomicReference<Runnable> work = new AtomicReference<>(() -> {});
            // Bound now, on the request thread where the console's user is known.
            Runnable asUser = accessControl.asCurrentUser(() -> work.get().run());
            open.put(anchor, new Listener(event.getUI(), work, asUser));
        });
        anchor.addDetachListener(event -> open.remove(anchor));
        return anchor;
    }

    @Override
    public void handleEvent(Event event) {
        Object text = event.getProperty(ConsoleNotices.TEXT);
        if (!(text instanceof String message) || message.isBlank()) {
            return;
        }
        String permission = (String) event.getProperty(ConsoleNotices.PERMISSION);
        String jurisdiction = (String) event.getProperty(ConsoleNotices.JURISDICTION);
        open.forEach((anchor, listener) -> {
            if (listener.ui().isClosing()) {
                open.remove(anchor);
                return;
            }
            listener.ui().access(() -> {
                listener.work().set(() -> {
                    if (permitted(permission, jurisdiction)) {
                        show(message);
                    }
                });
                listener.asUser().run();
            });
        });
    }

    int openConsoles() {
        return open.size();
    }

    private boolean permitted(String permission, String jurisdiction) {
        if (permission == null || permission.isBlank()) {
            return accessControl.currentUser().isPresent();
        }
        return jurisdiction == null
                ? accessControl.isPermitted(permission)
                : accessControl.isPermitted(permission, jurisdiction);
    }

    private static void show(String message) {
        Notification notification = new Notification(message, DURATION_MS, Notification.Position.TOP_END);
        notification.addThemeVariants(NotificationVariant.INFO);
        notification.open();
    }
}
