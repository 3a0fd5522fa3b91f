package org.tongban.hotline.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import java.util.Map;
import java.util.function.BiFunction;
import org.tongban.hotline.Page;
import org.tongban.hotline.Ticket;
import org.tongban.platform.ui.PagedGrid;

/** A list of tickets: the number links to the ticket page, filters and page live in the address. */
final class TicketList {
    static final int PAGE_SIZE = 20;

    private TicketList() {}

    static PagedGrid<Ticket> of(Component view, BiFunction<Map<String, String>, int[], Page<Ticket>> query) {
        return of(view, query, false);
    }

    /** The list; a unit's links lead to the unit's route of the ticket page. */
    static PagedGrid<Ticket> of(
            Component view, BiFunction<Map<String, String>, int[], Page<Ticket>> query, boolean forUnit) {
        PagedGrid<Ticket> list = new PagedGrid<>(PAGE_SIZE, (filters, offset, limit) -> {
            Page<Ticket> page = query.apply(filters, new int[] {offset / limit, limit});
            return new PagedGrid.Page<>(page.items(), page.total(), page.capped());
        });
        Grid<Ticket> grid = list.grid();
        grid.addComponentColumn(t -> forUnit ? unitLink(t.number()) : link(t.number()))
                .setHeader(view.getTranslation("hotline.ui.column.number"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(t -> Labels.type(view, t.type())
                        + (t.urgency().name().equals("URGENT") ? " · " + Labels.urgency(view, t.urgency()) : ""))
                .setHeader(view.getTranslation("hotline.ui.column.type"))
                .setAutoWidth(true);
        grid.addColumn(t -> AgentDeskView.abbreviate(t.description()))
                .setHeader(view.getTranslation("hotline.ui.column.description"))
                .setFlexGrow(2);
        grid.addColumn(t -> t.lead().map(a -> a.unitName()).orElse(""))
                .setHeader(view.getTranslation("hotline.ui.column.unit"));
        grid.addComponentColumn(t -> Labels.badge(view, t.state()))
                .setHeader(view.getTranslation("hotline.ui.column.state"))
                .setAutoWidth(true);
        grid.addComponentColumn(t -> Labels.warning(view, t))
                .setHeader(view.getTranslation("hotline.ui.column.warning"))
                .setAutoWidth(true);
        grid.addColumn(t -> Labels.time(t.receivedAt()))
                .setHeader(view.getTranslation("hotline.ui.column.received"))
                .setAutoWidth(true);
        grid.setAriaLabel(view.getTranslation("hotline.ui.column.grid"));
        return list;
    }

    static Anchor link(String number) {
        return anchor(TicketPath.of(number), number);
    }

    static Anchor unitLink(String number) {
        return anchor(TicketPath.unit(number), number);
    }

    private static Anchor anchor(String path, String number) {
        Anchor link = new Anchor(path, number);
        link.addClassName("tb-hotline-ticket-link");
        // Underlined, so that the number reads as a link without relying on its colour (WCAG 1.4.1).
        link.getStyle().set("text-decoration", "underline");
        return link;
    }
}
