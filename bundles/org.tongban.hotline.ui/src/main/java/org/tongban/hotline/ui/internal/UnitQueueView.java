package org.tongban.hotline.ui.internal;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.tongban.hotline.DispatchCatalogue;
import org.tongban.hotline.HotlineQueries;
import org.tongban.hotline.Page;
import org.tongban.hotline.Ticket;
import org.tongban.hotline.TicketFilter;
import org.tongban.hotline.TicketStates;
import org.tongban.hotline.Unit;
import org.tongban.platform.ui.PagedGrid;

/**
 * 承办单位待办: the open tickets dispatched to a unit the user works in (or its sub-units); the ticket page offers 签收,
 * 答复, 退单, 延期 and 下派 for the unit's own assignment.
 */
public final class UnitQueueView extends VerticalLayout {
    static final java.util.Set<String> OPEN = java.util.Set.of(
            TicketStates.DISPATCHED, TicketStates.HANDLING, TicketStates.REVIEW, TicketStates.RETURNED);

    final Select<String> unit = new Select<>();
    private final PagedGrid<Ticket> list;

    public UnitQueueView(HotlineQueries queries, DispatchCatalogue catalogue) {
        List<Unit> mine = catalogue.myUnits();
        unit.setLabel(getTranslation("hotline.ui.queue.unit"));
        unit.setItems(mine.stream().map(Unit::code).toList());
        unit.setItemLabelGenerator(code -> mine.stream()
                .filter(u -> u.code().equals(code))
                .map(Unit::name)
                .findFirst()
                .orElse(code));
        unit.setEmptySelectionAllowed(false);
        list = TicketList.of(
                this,
                (filters, page) -> {
                    String code = filters.get("unit");
                    return code == null
                            ? new Page<>(List.of(), 0, page[0], page[1])
                            : queries.list(TicketFilter.ALL.withUnit(code).withStates(OPEN), page[0], page[1]);
                },
                true);
        list.filter("unit", unit);
        add(new H2(getTranslation("hotline.ui.queue.menu")));
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("hotline.ui.queue.noUnit")));
        }
        add(unit, list);
        if (!mine.isEmpty()) {
            unit.setValue(mine.getFirst().code());
        }
        addClassName(TicketPath.PAGE_CLASS);
        setMaxWidth("90rem");
    }

    PagedGrid<Ticket> list() {
        return list;
    }
}
