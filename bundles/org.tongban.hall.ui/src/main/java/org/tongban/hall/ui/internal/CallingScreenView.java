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
import org.tongban.hall.HallQueue;
import org.tongban.hall.WindowBoard;

/**
 * {@code /hall/screen/<hall>}: the hall's calling screen. Numbers only (no names), large, refreshed every two seconds;
 * a new call is spoken with the browser's speech synthesis where it has one.
 */
public final class CallingScreenView extends VerticalLayout implements BeforeEnterObserver {
    static final String ROUTE = "hall/screen/:hall";
    static final int POLL_MILLIS = 2000;

    private final HallQueue queue;
    private final Div board = new Div();
    private final Map<String, Long> spoken = new HashMap<>();
    private long hallId = -1;
    private Registration polling;

    public CallingScreenView(HallQueue queue) {
        this.queue = queue;
        addClassName("hall-screen");
        board.getElement().setAttribute("aria-live", "polite");
        add(board);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        open(event.getRouteParameters().get("hall").orElse(""));
    }

    /** Shows the screen of the hall with this id, or that there is none. */
    void open(String hall) {
        try {
            hallId = Long.parseLong(hall);
            render(false);
        } catch (RuntimeException unknown) {
            board.removeAll();
            board.add(new Paragraph(getTranslation("hall.ui.screen.unknown")));
            hallId = -1;
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(POLL_MILLIS);
        polling = event.getUI().addPollListener(e -> render(true));
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
        WindowBoard.Screen screen = queue.screen(hallId);
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
