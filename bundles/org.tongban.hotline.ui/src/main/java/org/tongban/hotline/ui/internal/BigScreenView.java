package org.tongban.hotline.ui.internal;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tongban.hotline.Category;
import org.tongban.hotline.DispatchCatalogue;
import org.tongban.hotline.HotlineQueries;
import org.tongban.hotline.PublicStatus;
import org.tongban.hotline.TicketCounts;
import org.tongban.hotline.TicketFilter;
import org.tongban.hotline.TicketStates;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.CurrentUser;

/**
 * 热线大屏: today's figures of the office in type readable from across the room (large, high contrast, numbers with
 * their words), refreshed every {@value #REFRESH_SECONDS} seconds by the page itself; nothing to click.
 */
public final class BigScreenView extends VerticalLayout {
    static final int REFRESH_SECONDS = 30;

    private final HotlineQueries queries;
    private final DispatchCatalogue catalogue;
    private final Clock clock;
    /** The office's jurisdiction, whose tickets the screen counts. */
    private final String home;

    private final Div tiles = new Div();
    private final Div hot = new Div();
    private final Paragraph updated = new Paragraph();
    private Registration polling;

    public BigScreenView(HotlineQueries queries, DispatchCatalogue catalogue, AccessControl access) {
        this(
                queries,
                catalogue,
                Clock.systemUTC(),
                access.currentUser().map(CurrentUser::jurisdictionCode).orElse(null));
    }

    BigScreenView(HotlineQueries queries, DispatchCatalogue catalogue, Clock clock, String home) {
        this.queries = queries;
        this.home = home;
        this.catalogue = catalogue;
        this.clock = clock;
        addClassName("tb-hotline-screen");
        getStyle()
                .set("background", "#0b1f3a")
                .set("color", "#ffffff")
                .set("font-size", "clamp(1.25rem, 2.5vw, 2.5rem)")
                // It scrolls within itself (and takes the focus for it) rather than the console's frame around it.
                .set("overflow", "auto")
                .set("padding", "var(--lumo-space-l)");
        H1 title = new H1(getTranslation("hotline.ui.screen.title"));
        title.getStyle().set("color", "#ffffff").set("font-size", "1.6em");
        tiles.getStyle()
                .set("display", "grid")
                .set("grid-template-columns", "repeat(auto-fit, minmax(min(100%, 14rem), 1fr))")
                .set("gap", "var(--lumo-space-l)")
                .set("width", "100%");
        tiles.setId("hotline-screen-tiles");
        tiles.getElement().setAttribute("aria-live", "polite");
        hot.setId("hotline-screen-hot");
        updated.getStyle().set("font-size", "0.6em").set("color", "#d0d8e8");
        add(title, tiles, hot, updated);
        setSizeFull();
        // With nothing to click in it, its figures take the focus so that the keyboard can scroll the screen (the
        // console marks the view itself as the skip link's target, outside the tab order).
        tiles.getElement().setAttribute("tabindex", "0");
        tiles.getElement().setAttribute("role", "region");
        tiles.getElement().setAttribute("aria-label", title.getText());
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        event.getUI().setPollInterval(REFRESH_SECONDS * 1000);
        polling = event.getUI().addPollListener(e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) {
            polling.remove();
        }
        event.getUI().setPollInterval(-1);
        super.onDetach(event);
    }

    /** Counts today's figures anew. */
    void refresh() {
        tiles.removeAll();
        hot.removeAll();
        Instant start = LocalDate.now(clock.withZone(Labels.ZONE))
                .atStartOfDay(Labels.ZONE)
                .toInstant();
        try {
            TicketFilter today = TicketFilter.ALL.receivedBetween(start, null);
            tile("today", queries.count(today));
            tile("open", queries.count(TicketFilter.ALL.withStatus(PublicStatus.OPEN)));
            tile("review", queries.count(TicketFilter.ALL.withStates(Set.of(TicketStates.REVIEW))));
            tile("overdue", queries.count(TicketFilter.ALL.overdue()));
            tile("closedToday", queries.count(today.withStatus(PublicStatus.CLOSED)));
            List<Category> categories = catalogue.categories();
            // Counted by the database, so the screen costs the same on the busiest day.
            Map<String, Long> byCategory = new java.util.TreeMap<>();
            if (home != null) {
                for (TicketCounts.Cell cell : queries.counts(
                                home, start, clock.instant().plusSeconds(1))
                        .cells()) {
                    if (cell.categoryCode() != null) {
                        String name = categories.stream()
                                .filter(c -> c.code().equals(cell.categoryCode()))
                                .map(Category::name)
                                .findFirst()
                                .orElse(cell.categoryCode());
                        byCategory.merge(name, cell.count(), Long::sum);
                    }
                }
            }
            Paragraph head = new Paragraph(getTranslation("hotline.ui.screen.hot"));
            head.getStyle().set("font-weight", "700");
            hot.add(head);
            byCategory.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .limit(5)
                    .forEach(e -> hot.add(new Paragraph(e.getKey() + "：" + e.getValue())));
        } catch (RuntimeException e) {
            tiles.add(new Paragraph(HotlineFeedback.FEEDBACK.message(this, e)));
        }
        updated.setText(getTranslation("hotline.ui.screen.updated", Labels.time(clock.instant())));
    }

    private void tile(String key, long value) {
        Div tile = new Div();
        tile.addClassName("tb-hotline-screen-tile");
        tile.getStyle()
                .set("border", "3px solid #ffffff")
                .set("border-radius", "0.5rem")
                .set("padding", "var(--lumo-space-m)");
        Span number = new Span(String.valueOf(value));
        number.getStyle().set("display", "block").set("font-size", "2.4em").set("font-weight", "700");
        Span label = new Span(getTranslation("hotline.ui.screen." + key));
        tile.add(number, label);
        tile.getElement().setAttribute("aria-label", getTranslation("hotline.ui.screen." + key) + " " + value);
        tiles.add(tile);
    }

    /** The tiles as "label number" texts, for tests. */
    List<String> tileTexts() {
        return tiles.getChildren()
                .map(c -> c.getElement().getAttribute("aria-label"))
                .toList();
    }
}
