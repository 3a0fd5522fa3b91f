package org.tongban.evaluation.ui.internal;

import com.vaadin.flow.component.Component;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.tongban.evaluation.Rating;

/** The words of levels, dimensions, channels and states in the user's language. */
final class Labels {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Labels() {}

    static String of(Component view, Enum<?> value) {
        return value == null
                ? ""
                : view.getTranslation("evaluation.ui."
                        + value.getDeclaringClass().getSimpleName().toLowerCase() + "." + value.name());
    }

    static String state(Component view, String state) {
        return view.getTranslation("evaluation.ui.task." + state);
    }

    static String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(ZONE));
    }

    /** The rating's level, or its state while it has none; a default says so. */
    static String level(Component view, Rating r) {
        String level = r.level() == null ? of(view, r.state()) : of(view, r.level());
        return r.state() == org.tongban.evaluation.RatingState.DEFAULTED
                ? view.getTranslation("evaluation.ui.defaultLevel", level)
                : level;
    }
}
