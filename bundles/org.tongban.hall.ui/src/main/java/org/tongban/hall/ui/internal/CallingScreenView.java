package org.tongban.hall.ui.internal;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.shared.Registration;
import java.util.HashMap;
import java.util.Map;
import org.tongban.hall.HallException;
import org.tongban.hall.HallQueue;
import org.tongban.hall.WindowBoard;

/**
 * {@code /hall/screen/<hall>}: the hall's calling screen. Numbers only (no names), large, refreshed every two seconds;
 * a new call is spoken with the browser's speech synthesis where it has one.
 *
 * <p>It runs unattended, so it says when it is not current and recovers on its own. When the server cannot read the
 * queue, the last numbers stay with a notice and the time they are from, and the next poll tries again. When the
 * browser loses the server (network, restart), a watchdog in the page shows the same notice once no update has come
 * for {@value #STALE_MILLIS} ms, and once the server answers again after {@value #RELOAD_MILLIS} ms without an update
 * it reloads the page, which also gets a new session after a restart. Vaadin's own reconnection keeps trying
 * meanwhile.
 */
public final class CallingScreenView extends VerticalLayout implements BeforeEnterObserver {
    static final String ROUTE = "hall/screen/:hall";
    static final int POLL_MILLIS = 2000;
    static final int STALE_MILLIS = 10_000;
    static final int RELOAD_MILLIS = 30_000;
    private static final java.time.format.DateTimeFormatter TIME =
            java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss");

    private final HallQueue queue;
    private final Div board = new Div();
    /** The server could not read the queue: the numbers below are from {@link #lastUpdate}. */
    final Paragraph trouble = new Paragraph();
    /** Shown by the page's watchdog when no update has come through (the server does not touch it after creation). */
    private final Paragraph offline = new Paragraph();

    private java.time.LocalTime lastUpdate;
    private final Map<String, Long> spoken = new HashMap<>();
    private long hallId = -1;
    private Registration polling;

    public CallingScreenView(HallQueue queue) {
        this.queue = queue;
        addClassName("hall-screen");
        board.getElement().setAttribute("aria-live", "polite");
        for (Paragraph notice : new Paragraph[] {trouble, offline}) {
            notice.getElement().setAttribute("role", "alert");
            notice.getStyle()
                    .set("font-size", "2em")
                    .set("background", "var(--lumo-error-color)")
                    .set("color", "var(--lumo-error-contrast-color)")
                    .set("padding", "0.3em 0.6em");
        }
        trouble.setId("hall-screen-trouble");
        trouble.setVisible(false);
        offline.setId("hall-screen-offline");
        offline.setText(getTranslation("hall.ui.screen.offline"));
        offline.getElement().setAttribute("hidden", true);
        add(trouble, offline, board);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        open(event.getRouteParameters().get("hall").orElse(""));
    }

    /** Shows the screen of the hall with this id, or that there is none. */
    void open(String hall) {
        try {
            hallId = Long.parseLong(hall);
            queue.screen(hallId);
        } catch (NumberFormatException | HallException unknown) {
            board.removeAll();
            board.add(new Paragraph(getTranslation("hall.ui.screen.unknown")));
            hallId = -1;
            return;
        } catch (RuntimeException passing) {
            // The queue cannot be read now: render says so and the polls try again.
        }
        render(false);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(POLL_MILLIS);
        polling = event.getUI().addPollListener(e -> render(true));
        watch();
    }

    /**
     * The page's watchdog: every update stamps the time; without one for a while the notice shows, and once the
     * server answers again without an update the page reloads.
     */
    private void watch() {
        getElement()
                .executeJs(
                        "const view = this; const offline = $0; view.__seen = Date.now();"
                                + " if (view.__watch) { clearInterval(view.__watch); }"
                                + " view.__watch = setInterval(() => {"
                                + "   if (!view.isConnected) { clearInterval(view.__watch); view.__watch = null; return; }"
                                + "   const quiet = Date.now() - view.__seen;"
                                + "   offline.hidden = quiet < $1;"
                                + "   if (quiet >= $2 && !view.__probing) {"
                                + "     view.__probing = true;"
                                + "     fetch(window.location.href, {method: 'HEAD', cache: 'no-store'})"
                                + "       .then(r => { if (r.ok) { window.location.reload(); } })"
                                + "       .catch(() => {}).finally(() => { view.__probing = false; });"
                                + "   }"
                                + " }, 1000);",
                        offline.getElement(),
                        STALE_MILLIS,
                        RELOAD_MILLIS);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
            polling = null;
        }
    }

    void render(boolean speak) {
        if (hallId < 0) {
            return;
        }
        WindowBoard.Screen screen;
        try {
            screen = queue.screen(hallId);
        } catch (RuntimeException unreadable) {
            trouble.setText(
                    lastUpdate == null
                            ? getTranslation("hall.ui.screen.trouble")
                            : getTranslation("hall.ui.screen.troubleSince", TIME.format(lastUpdate)));
            trouble.setVisible(true);
            // The server answered: the page's watchdog is for a lost connection, this notice for the queue.
            getElement().executeJs("this.__seen = Date.now();");
            return;
        }
        trouble.setVisible(false);
        lastUpdate = java.time.LocalTime.now(java.time.ZoneId.of("Asia/Shanghai"));
        getElement().executeJs("this.__seen = Date.now();");
        board.removeAll();
        board.add(new H1(screen.hall().name()));
        Div windows = new Div();
        windows.getStyle()
                .set("display", "grid")
                .set("grid-template-columns", "repeat(auto-fill, minmax(14em, 1fr))")
                .set("gap", "1em");
        for (WindowBoard w : screen.windows()) {
            Div cell = new Div();
            cell.addClassName("hall-screen-window");
            cell.setId("hall-screen-window-" + w.windowNumber());
            cell.getStyle()
                    .set("font-size", "2.5em")
                    .set("border", "2px solid currentColor")
                    .set("padding", "0.3em");
            cell.add(
                    new Div(getTranslation("hall.ui.screen.window", w.windowNumber())),
                    new Div(w.current() == null ? "—" : w.current()));
            windows.add(cell);
            if (w.current() != null && w.calledAt() > spoken.getOrDefault(w.windowNumber(), 0L)) {
                spoken.put(w.windowNumber(), w.calledAt());
                if (speak) {
                    say(getTranslation("hall.ui.screen.say", w.current(), w.windowNumber()));
                }
            }
        }
        windows.setId("hall-screen-windows");
        Paragraph next = new Paragraph(
                getTranslation("hall.ui.screen.next", screen.waiting(), String.join("  ", screen.next())));
        next.getStyle().set("font-size", "2em");
        board.add(windows, next);
    }

    private void say(String text) {
        getElement()
                .executeJs(
                        "if (window.speechSynthesis) { const u = new SpeechSynthesisUtterance($0); u.lang = 'zh-CN';"
                                + " window.speechSynthesis.speak(u); }",
                        text);
    }
}
