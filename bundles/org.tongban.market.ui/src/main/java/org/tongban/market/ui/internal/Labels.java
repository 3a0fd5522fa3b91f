package org.tongban.market.ui.internal;

import com.vaadin.flow.component.Component;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;
import org.tongban.market.CreditList;
import org.tongban.market.ExclusionReason;
import org.tongban.market.ProjectState;
import org.tongban.market.Qualification;
import org.tongban.market.QualificationStatus;
import org.tongban.platform.ui.StatusBadge;

/** The words of the market's codes in the UI's language, the badges of states and lists, money and times. */
final class Labels {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Labels() {}

    static String of(Component view, Enum<?> code) {
        return code == null ? "" : view.getTranslation(key(code));
    }

    /** The message key of a code: {@code market.ui.<type>.<NAME>}, for example {@code market.ui.state.PUBLICITY}. */
    static String key(Enum<?> code) {
        String type =
                switch (code) {
                    case ProjectState s -> "state";
                    case ExclusionReason r -> "exclusion";
                    case QualificationStatus q -> "qualification";
                    case CreditList l -> "list";
                    default ->
                        Character.toLowerCase(
                                        code.getDeclaringClass().getSimpleName().charAt(0))
                                + code.getDeclaringClass().getSimpleName().substring(1);
                };
        return "market.ui." + type + "." + code.name();
    }

    static String exclusions(Component view, List<ExclusionReason> reasons) {
        return reasons.isEmpty()
                ? view.getTranslation("market.ui.signUp.valid")
                : reasons.stream().map(r -> of(view, r)).collect(Collectors.joining("；"));
    }

    static StatusBadge state(Component view, ProjectState state) {
        StatusBadge.Tone tone =
                switch (state) {
                    case COMPLETED, RATED -> StatusBadge.Tone.SUCCESS;
                    case FAILED, TERMINATED -> StatusBadge.Tone.DANGER;
                    case PUBLICITY, AWAITING_CONFIRMATION, CONTRACT_REVIEW, AWAITING_ACCEPTANCE ->
                        StatusBadge.Tone.WARNING;
                    default -> StatusBadge.Tone.INFO;
                };
        return new StatusBadge(of(view, state), tone);
    }

    /** The qualification's badge: valid, expiring (with the days left) or suspended. */
    static StatusBadge qualification(Component view, Qualification q, LocalDate today) {
        long left = ChronoUnit.DAYS.between(today, q.validUntil());
        StatusBadge badge =
                switch (q.status()) {
                    case VALID -> new StatusBadge(of(view, q.status()), StatusBadge.Tone.SUCCESS);
                    case EXPIRING ->
                        new StatusBadge(
                                view.getTranslation("market.ui.qualification.expiresIn", Math.max(left, 0)),
                                StatusBadge.Tone.WARNING);
                    case SUSPENDED -> new StatusBadge(of(view, q.status()), StatusBadge.Tone.DANGER);
                };
        badge.addClassName("market-qualification-" + q.status().name().toLowerCase(java.util.Locale.ROOT));
        return badge;
    }

    static StatusBadge list(Component view, CreditList list) {
        CreditList shown = list == null ? CreditList.NONE : list;
        return new StatusBadge(
                of(view, shown),
                switch (shown) {
                    case RED -> StatusBadge.Tone.SUCCESS;
                    case BLACK -> StatusBadge.Tone.DANGER;
                    case NONE -> StatusBadge.Tone.NEUTRAL;
                });
    }

    static String money(BigDecimal amount) {
        return amount == null ? "" : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(ZONE));
    }

    /** A row that wraps onto the next line on a 390 px phone instead of running off the screen. */
    static com.vaadin.flow.component.orderedlayout.HorizontalLayout row(Component... parts) {
        com.vaadin.flow.component.orderedlayout.HorizontalLayout row =
                new com.vaadin.flow.component.orderedlayout.HorizontalLayout(parts);
        row.setWrap(true);
        return row;
    }

    static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
