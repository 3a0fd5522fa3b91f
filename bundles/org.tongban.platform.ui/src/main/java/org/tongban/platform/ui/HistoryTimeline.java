package org.tongban.platform.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.tongban.platform.ui.internal.KitMessages;

/**
 * The history of a case, a clock or a record: an ordered list (read as a list by screen readers) of timestamped
 * entries with their actor and note, one column on any width. Text stays text; nothing is rendered as HTML.
 */
public class HistoryTimeline extends Composite<Div> {
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final OrderedList list = new OrderedList();
    private final Paragraph empty = new Paragraph();
    private final ZoneId zone;
    private List<HistoryEntry> entries = List.of();

    /** @param label names the list for screen readers, for example {@code 计时历史} */
    public HistoryTimeline(String label) {
        this(label, DeadlineBadge.DEFAULT_ZONE);
    }

    public HistoryTimeline(String label, ZoneId zone) {
        this.zone = zone;
        list.getElement().setAttribute("aria-label", label);
        list.addClassName("tb-timeline");
        list.getStyle()
                .set("list-style", "none")
                .set("margin", "0")
                .set("padding", "0 0 0 1rem")
                .set("border-inline-start", "2px solid var(--lumo-contrast-50pct)");
        empty.setText(KitMessages.get(this, "tongban.ui.history.empty"));
        getContent().add(list, empty);
        getContent().setWidthFull();
        show();
    }

    /** Shows these entries, in the given order. */
    public void setEntries(List<HistoryEntry> entries) {
        this.entries = List.copyOf(entries);
        show();
    }

    public List<HistoryEntry> entries() {
        return entries;
    }

    private void show() {
        list.removeAll();
        for (HistoryEntry entry : entries) {
            list.add(item(entry));
        }
        list.setVisible(!entries.isEmpty());
        empty.setVisible(entries.isEmpty());
    }

    private ListItem item(HistoryEntry entry) {
        Element time = new Element("time");
        time.setAttribute("datetime", entry.at().toString());
        time.setText(AT.format(entry.at().atZone(zone)));
        Span when = new Span();
        when.getElement().appendChild(time);
        when.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Span title = new Span(entry.title());
        title.getStyle().set("font-weight", "600");
        Div head = new Div(when, title);
        head.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0 0.75em");
        if (entry.actor() != null && !entry.actor().isBlank()) {
            Span actor = new Span(KitMessages.get(this, "tongban.ui.history.actor", entry.actor()));
            actor.getStyle().set("color", "var(--lumo-secondary-text-color)");
            head.add(actor);
        }
        ListItem item = new ListItem(head);
        item.addClassName("tb-timeline-entry");
        item.getStyle().set("margin", "0 0 var(--lumo-space-m) 0").set("overflow-wrap", "anywhere");
        if (entry.note() != null && !entry.note().isBlank()) {
            Paragraph note = new Paragraph(entry.note());
            note.getStyle().set("margin", "0.25em 0 0 0").set("white-space", "pre-line");
            item.add(note);
        }
        return item;
    }
}
