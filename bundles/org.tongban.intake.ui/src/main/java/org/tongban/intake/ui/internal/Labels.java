package org.tongban.intake.ui.internal;

import com.vaadin.flow.component.Component;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.tongban.intake.IntakeStates;
import org.tongban.platform.ui.StatusBadge;

/** The words of intake's codes in the UI's language: states, channels, material states, actions. */
final class Labels {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Labels() {}

    static String state(Component view, String state) {
        return view.getTranslation("intake.ui.state." + state);
    }

    static String channel(Component view, Enum<?> channel) {
        return view.getTranslation("intake.ui.channel." + channel.name());
    }

    static String material(Component view, Enum<?> state) {
        return view.getTranslation("intake.ui.material." + state.name());
    }

    static String action(Component view, String action) {
        return view.getTranslation("intake.ui.action." + action);
    }

    static String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(ZONE));
    }

    static StatusBadge badge(Component view, String state) {
        StatusBadge.Tone tone = IntakeStates.FAILED.contains(state)
                ? StatusBadge.Tone.DANGER
                : IntakeStates.DONE.contains(state)
                        ? StatusBadge.Tone.SUCCESS
                        : IntakeStates.SUPPLEMENT.equals(state) || IntakeStates.SUSPENDED.equals(state)
                                ? StatusBadge.Tone.WARNING
                                : StatusBadge.Tone.INFO;
        return new StatusBadge(state(view, state), tone);
    }
}
