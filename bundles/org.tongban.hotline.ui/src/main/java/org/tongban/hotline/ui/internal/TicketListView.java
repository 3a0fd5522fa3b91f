package org.tongban.hotline.ui.internal;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tongban.hotline.DispatchCatalogue;
import org.tongban.hotline.HotlineQueries;
import org.tongban.hotline.Ticket;
import org.tongban.hotline.TicketFilter;
import org.tongban.hotline.TicketType;
import org.tongban.hotline.Unit;
import org.tongban.hotline.Urgency;
import org.tongban.platform.ui.FilterPanel;
import org.tongban.platform.ui.PagedGrid;

/** 工单列表: the office's tickets with filters by state, type, urgency, unit, date and overdue, paged. */
public final class TicketListView extends VerticalLayout {
    static final List<String> STATES = List.of(
            "RECEIVED", "DISPATCHED", "HANDLING", "RETURNED", "REVIEW", "CALLBACK", "EVALUATED", "ANSWERED", "MERGED");

    final Select<String> state = new Select<>();
    final Select<String> type = new Select<>();
    final Select<String> urgency = new Select<>();
    final Select<String> unit = new Select<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Checkbox overdue = new Checkbox();
    private final PagedGrid<Ticket> list;

    public TicketListView(HotlineQueries queries, DispatchCatalogue catalogue) {
        state.setLabel(getTranslation("hotline.ui.list.state"));
        state.setItems(STATES);
        state.setItemLabelGenerator(s -> s == null ? getTranslation("hotline.ui.list.any") : Labels.state(this, s));
        state.setEmptySelectionAllowed(true);
        type.setLabel(getTranslation("hotline.ui.list.type"));
        type.setItems(
                java.util.Arrays.stream(TicketType.values()).map(Enum::name).toList());
        type.setItemLabelGenerator(
                s -> s == null ? getTranslation("hotline.ui.list.any") : Labels.type(this, TicketType.valueOf(s)));
        type.setEmptySelectionAllowed(true);
        urgency.setLabel(getTranslation("hotline.ui.list.urgency"));
        urgency.setItems(
                java.util.Arrays.stream(Urgency.values()).map(Enum::name).toList());
        urgency.setItemLabelGenerator(
                s -> s == null ? getTranslation("hotline.ui.list.any") : Labels.urgency(this, Urgency.valueOf(s)));
        urgency.setEmptySelectionAllowed(true);
        List<Unit> units = catalogue.units();
        unit.setLabel(getTranslation("hotline.ui.list.unit"));
        unit.setItems(units.stream().map(Unit::code).toList());
        unit.setItemLabelGenerator(code -> code == null
                ? getTranslation("hotline.ui.list.any")
                : units.stream()
                        .filter(u -> u.code().equals(code))
                        .map(Unit::name)
                        .findFirst()
                        .orElse(code));
        unit.setEmptySelectionAllowed(true);
        from.setLabel(getTranslation("hotline.ui.list.from"));
        to.setLabel(getTranslation("hotline.ui.list.to"));
        overdue.setLabel(getTranslation("hotline.ui.list.overdue"));
        list = TicketList.of(this, (filters, page) -> queries.list(filter(filters), page[0], page[1]));
        list.filter("state", state);
        list.filter("type", type);
        list.filter("urgency", urgency);
        list.filter("unit", unit);
        list.filter("from", from, LocalDate::toString, LocalDate::parse);
        list.filter("to", to, LocalDate::toString, LocalDate::parse);
        list.filter("overdue", overdue, b -> b ? "1" : "", "1"::equals);
        FilterPanel filters = new FilterPanel(state, type, urgency, unit, from, to, overdue);
        add(new H2(getTranslation("hotline.ui.list.menu")), filters, list);
        addClassName(TicketPath.PAGE_CLASS);
        setMaxWidth("90rem");
    }

    static TicketFilter filter(Map<String, String> f) {
        TicketFilter filter = TicketFilter.ALL;
        if (f.get("state") != null) {
            filter = filter.withStates(Set.of(f.get("state")));
        }
        if (f.get("type") != null) {
            filter = filter.withType(TicketType.valueOf(f.get("type")));
        }
        if (f.get("urgency") != null) {
            filter = filter.withUrgency(Urgency.valueOf(f.get("urgency")));
        }
        if (f.get("unit") != null) {
            filter = filter.withUnit(f.get("unit"));
        }
        Instant start = f.get("from") == null ? null : day(LocalDate.parse(f.get("from")));
        Instant end =
                f.get("to") == null ? null : day(LocalDate.parse(f.get("to")).plusDays(1));
        if (start != null || end != null) {
            filter = filter.receivedBetween(start, end);
        }
        if ("1".equals(f.get("overdue"))) {
            filter = filter.overdue();
        }
        return filter;
    }

    private static Instant day(LocalDate d) {
        return d.atStartOfDay(Labels.ZONE).toInstant();
    }

    PagedGrid<Ticket> list() {
        return list;
    }
}
