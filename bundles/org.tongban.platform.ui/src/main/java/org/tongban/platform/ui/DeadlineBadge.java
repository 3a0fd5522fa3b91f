package org.tongban.platform.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.tongban.platform.ui.internal.KitMessages;

/**
 * A time limit as a badge: {@code 正常 · 剩余 5 个工作日}, {@code 预警 · 今日到期，剩余 2 小时 30 分},
 * {@code 超期 · 已超 3 个工作日}. The deadline itself is the tooltip and part of what screen readers read.
 */
public class DeadlineBadge extends Composite<Span> {
    private static final long serialVersionUID = 1L;

    /** China Standard Time; every Tongban city is in it. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final StatusBadge badge = new StatusBadge("", StatusBadge.Tone.NEUTRAL);
    private final ZoneId zone;
    private Deadline deadline;

    public DeadlineBadge(Deadline deadline) {
        this(deadline, DEFAULT_ZONE);
    }

    public DeadlineBadge(Deadline deadline, ZoneId zone) {
        this.zone = zone;
        getContent().add(badge);
        getContent().addClassName("tb-deadline");
        set(deadline);
    }

    /** Shows another state of the limit. */
    public final void set(Deadline deadline) {
        this.deadline = deadline;
        String due = DUE.format(deadline.due().atZone(zone));
        String state =
                KitMessages.get(this, "tongban.ui.deadline." + deadline.status().name());
        String text = state + " · " + remaining(deadline)
                + (deadline.provisional() ? " · " + KitMessages.get(this, "tongban.ui.deadline.provisional") : "");
        badge.set(text, tone(deadline.status()));
        String title = KitMessages.get(this, "tongban.ui.deadline.due", due);
        getContent()
                .setTitle(
                        deadline.provisional()
                                ? title + "（" + KitMessages.get(this, "tongban.ui.deadline.provisional.note") + "）"
                                : title);
        getContent()
                .getElement()
                .setAttribute("aria-label", KitMessages.get(this, "tongban.ui.deadline.aria", text, due));
        getContent().getElement().setAttribute("role", "img");
    }

    public Deadline deadline() {
        return deadline;
    }

    /** The badge's visible text. */
    public String text() {
        return badge.text();
    }

    public StatusBadge.Tone tone() {
        return badge.tone();
    }

    private String remaining(Deadline deadline) {
        if (deadline.status() == Deadline.Status.OVERDUE || deadline.remainingWorkingDays() < 0) {
            return KitMessages.get(
                    this, "tongban.ui.deadline.overdueBy", Math.max(1, -deadline.remainingWorkingDays()));
        }
        if (deadline.remainingWorkingDays() == 0) {
            Duration left = deadline.remainingOfficeTime();
            return KitMessages.get(this, "tongban.ui.deadline.today", left.toHours(), left.toMinutesPart());
        }
        return KitMessages.get(this, "tongban.ui.deadline.days", deadline.remainingWorkingDays());
    }

    private static StatusBadge.Tone tone(Deadline.Status status) {
        return switch (status) {
            case NORMAL -> StatusBadge.Tone.SUCCESS;
            case WARNING -> StatusBadge.Tone.WARNING;
            case OVERDUE -> StatusBadge.Tone.DANGER;
        };
    }
}
