package org.tongban.keyprojects.ui.internal;

import com.vaadin.flow.component.Component;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.tongban.keyprojects.LinkedCase;
import org.tongban.keyprojects.StageStatus;
import org.tongban.platform.ui.Feedback;
import org.tongban.platform.ui.StatusBadge;

/** The texts and badges the pages share. */
final class Labels {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** The green channel's refusals as worded, anything else as one sentence. */
    static final Feedback FEEDBACK = Feedback.standard().unexpected("keyprojects.ui.unexpected");

    private static final java.util.Set<String> KNOWN_STATES = java.util.Set.of(
            "FORWARDED",
            "RECEIVED",
            "SUPPLEMENT",
            "ACCEPTED",
            "REVIEW",
            "SUSPENDED",
            "APPROVED",
            "DENIED",
            "COMPLETED",
            "DELIVERED",
            "REJECTED",
            "WITHDRAWN",
            "TERMINATED",
            "REVOKED");

    private Labels() {}

    static StatusBadge status(Component view, StageStatus status) {
        StatusBadge badge = new StatusBadge(
                view.getTranslation("keyprojects.ui.status." + status.name()),
                switch (status) {
                    case DONE -> StatusBadge.Tone.SUCCESS;
                    case ON_SCHEDULE -> StatusBadge.Tone.INFO;
                    case AT_RISK -> StatusBadge.Tone.WARNING;
                    case LATE -> StatusBadge.Tone.DANGER;
                });
        badge.getElement().setAttribute("data-status", status.name());
        return badge;
    }

    static String state(Component view, String state) {
        return state != null && KNOWN_STATES.contains(state)
                ? view.getTranslation("keyprojects.ui.caseState." + state)
                : String.valueOf(state);
    }

    /** The case's clock: its deadline, marked when passed while the case is open. */
    static StatusBadge clock(Component view, LinkedCase k, Instant now) {
        if (k.deadline() == null) {
            return new StatusBadge(view.getTranslation("keyprojects.ui.case.noClock"), StatusBadge.Tone.NEUTRAL);
        }
        boolean closed = k.favourable()
                || java.util.Set.of("DENIED", "REJECTED", "WITHDRAWN", "TERMINATED", "REVOKED")
                        .contains(k.state());
        String due = TIME.format(k.deadline().atZone(ZONE));
        if (closed) {
            return new StatusBadge(
                    view.getTranslation("keyprojects.ui.case.clockClosed", due), StatusBadge.Tone.NEUTRAL);
        }
        boolean overdue = now.isAfter(k.deadline());
        return new StatusBadge(
                view.getTranslation(overdue ? "keyprojects.ui.case.clockOverdue" : "keyprojects.ui.case.clockDue", due),
                overdue ? StatusBadge.Tone.DANGER : StatusBadge.Tone.INFO);
    }

    static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }
}
