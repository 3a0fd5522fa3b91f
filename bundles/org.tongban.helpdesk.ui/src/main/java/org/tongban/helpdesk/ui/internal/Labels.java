package org.tongban.helpdesk.ui.internal;

import com.vaadin.flow.component.Component;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.tongban.helpdesk.HelpStates;
import org.tongban.platform.ui.StatusBadge;

/** The texts of states, kinds, channels and times. */
final class Labels {
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(BEIJING);

    private Labels() {}

    static String of(Component view, Enum<?> value) {
        return value == null
                ? "—"
                : view.getTranslation("helpdesk.ui." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    static String state(Component view, String state) {
        return view.getTranslation("helpdesk.ui.state." + state);
    }

    static String action(Component view, String action) {
        return view.getTranslation("helpdesk.ui.action." + action);
    }

    static StatusBadge.Tone tone(String state) {
        return switch (state) {
            case HelpStates.NEW -> StatusBadge.Tone.INFO;
            case HelpStates.ASSIGNED, HelpStates.HANDLING -> StatusBadge.Tone.NEUTRAL;
            case HelpStates.SUSPENDED -> StatusBadge.Tone.WARNING;
            case HelpStates.COMPLETED -> StatusBadge.Tone.SUCCESS;
            default -> StatusBadge.Tone.DANGER;
        };
    }

    static String time(Instant at) {
        return at == null ? "—" : TIME.format(at);
    }

    static String nz(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }
}
