package org.tongban.hotline.portal.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.tongban.hotline.CitizenTicket;

/** The lines a citizen reads of their ticket: number, type, state, received time, the reply and the rating. */
final class TicketCard {
    static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private TicketCard() {}

    // Texts go in as text, never as HTML.
    static List<Component> lines(Component view, CitizenTicket t, boolean withDescription) {
        List<Component> lines = new ArrayList<>();
        lines.add(new Paragraph(view.getTranslation("hotline.portal.number", t.number())));
        lines.add(new Paragraph(view.getTranslation(
                "hotline.portal.typeLine",
                view.getTranslation("hotline.portal.type." + t.type().name()))));
        lines.add(new Paragraph(
                view.getTranslation("hotline.portal.state", view.getTranslation("hotline.portal.state." + t.state()))));
        lines.add(new Paragraph(view.getTranslation("hotline.portal.received", WHEN.format(t.receivedAt()))));
        if (withDescription) {
            lines.add(new Paragraph(view.getTranslation("hotline.portal.addressLine", t.address())));
            lines.add(new Paragraph(t.description()));
        }
        if (t.answer() != null) {
            lines.add(new Paragraph(view.getTranslation("hotline.portal.answer", t.answer())));
        }
        if (t.satisfaction() != null || t.resolved() != null) {
            String resolved = t.resolved() == null
                    ? ""
                    : view.getTranslation(t.resolved() ? "hotline.portal.resolved" : "hotline.portal.unresolved");
            lines.add(new Paragraph(view.getTranslation(
                    "hotline.portal.rating", resolved, t.satisfaction() == null ? "-" : t.satisfaction())));
        }
        return lines;
    }
}
