package org.tongban.hotline.ui.internal;

import com.vaadin.flow.component.Component;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.tongban.hotline.Ticket;
import org.tongban.hotline.TicketStates;
import org.tongban.hotline.Warning;
import org.tongban.platform.ui.StatusBadge;

/** The words of the hotline's codes in the UI's language: states, types, urgencies, channels, actions, warnings. */
final class Labels {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Labels() {}

    static String state(Component view, String state) {
        return view.getTranslation("hotline.ui.state." + state);
    }

    static String type(Component view, Enum<?> type) {
        return view.getTranslation("hotline.ui.type." + type.name());
    }

    static String urgency(Component view, Enum<?> urgency) {
        return view.getTranslation("hotline.ui.urgency." + urgency.name());
    }

    static String channel(Component view, Enum<?> channel) {
        return view.getTranslation("hotline.ui.channel." + channel.name());
    }

    static String action(Component view, String action) {
        return view.getTranslation("hotline.ui.action." + action);
    }

    static String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(ZONE));
    }

    static StatusBadge badge(Component view, String state) {
        StatusBadge.Tone tone = TicketStates.CLOSED.contains(state)
                ? StatusBadge.Tone.SUCCESS
                : TicketStates.RETURNED.equals(state) || TicketStates.REVIEW.equals(state)
                        ? StatusBadge.Tone.WARNING
                        : StatusBadge.Tone.INFO;
        return new StatusBadge(state(view, state), tone);
    }

    /** The yellow or red badge of a ticket's limit; an empty badge-less component when in time. */
    static StatusBadge warning(Component view, Ticket t) {
        Warning w = t.warning() == null ? Warning.NONE : t.warning();
        StatusBadge badge = new StatusBadge(
                view.getTranslation("hotline.ui.warning." + w.name()),
                switch (w) {
                    case NONE -> StatusBadge.Tone.NEUTRAL;
                    case YELLOW -> StatusBadge.Tone.WARNING;
                    case RED -> StatusBadge.Tone.DANGER;
                });
        badge.addClassName("tb-hotline-warning-" + w.name().toLowerCase(java.util.Locale.ROOT));
        return badge;
    }
}
