package org.tongban.worktime.ui.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.Locale;
import org.tongban.platform.ui.Feedback;
import org.tongban.worktime.ClockService;
import org.tongban.worktime.ReportRow;
import org.tongban.worktime.WorkCalendar;

/** On-time completion rate and average working time used against the limit, per group, over a period. */
public final class WorktimeReportView extends VerticalLayout {

    private final ClockService clocks;
    private final Select<ReportRow.Grouping> grouping = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<ReportRow> rows = new Grid<>();

    public WorktimeReportView(ClockService clocks) {
        this.clocks = clocks;
        grouping.setLabel(getTranslation("worktime.report.grouping"));
        grouping.setItems(ReportRow.Grouping.values());
        grouping.setItemLabelGenerator(g -> getTranslation("worktime.report." + key(g)));
        grouping.setValue(ReportRow.Grouping.DEPARTMENT);
        LocalDate today = LocalDate.now(WorkCalendar.ZONE);
        from.setLabel(getTranslation("worktime.report.from"));
        from.setValue(today.withDayOfMonth(1));
        to.setLabel(getTranslation("worktime.report.to"));
        to.setValue(today);
        Button run = new Button(getTranslation("worktime.report.run"), click -> run());
        run.addThemeVariants(ButtonVariant.PRIMARY);
        HorizontalLayout form = new HorizontalLayout(grouping, from, to, run);
        form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);

        rows.addColumn(ReportRow::group)
                .setHeader(getTranslation("worktime.report.group"))
                .setFlexGrow(2);
        rows.addColumn(r -> getTranslation("worktime.unit." + r.unit().name()))
                .setHeader(getTranslation("worktime.report.unit"));
        rows.addColumn(ReportRow::completed).setHeader(getTranslation("worktime.report.completed"));
        rows.addColumn(ReportRow::onTime).setHeader(getTranslation("worktime.report.onTime"));
        rows.addColumn(r -> String.format(Locale.ROOT, "%.1f%%", r.onTimeRate() * 100))
                .setHeader(getTranslation("worktime.report.rate"));
        rows.addColumn(r -> String.format(Locale.ROOT, "%.1f", r.averageElapsed()))
                .setHeader(getTranslation("worktime.report.elapsed"));
        rows.addColumn(r -> String.format(Locale.ROOT, "%.1f", r.averageLimit()))
                .setHeader(getTranslation("worktime.report.limit"));
        rows.addColumn(r -> String.format(Locale.ROOT, "%.0f%%", r.averageShareOfLimit() * 100))
                .setHeader(getTranslation("worktime.report.share"));
        rows.setEmptyStateText(getTranslation("worktime.report.empty"));
        rows.setAllRowsVisible(true);

        add(new H2(getTranslation("worktime.report.menu")), form, rows);
        setMaxWidth("72rem");
    }

    private static String key(ReportRow.Grouping grouping) {
        return switch (grouping) {
            case DEPARTMENT -> "department";
            case MATTER_TYPE -> "matterType";
            case JURISDICTION -> "jurisdiction";
        };
    }

    private void run() {
        if (from.getValue() == null || to.getValue() == null) {
            Feedback.error(getTranslation("worktime.report.period"));
            return;
        }
        try {
            // The end date is included: the period runs to the start of the following day.
            rows.setItems(clocks.report(
                    grouping.getValue(),
                    from.getValue().atStartOfDay(WorkCalendar.ZONE).toInstant(),
                    to.getValue().plusDays(1).atStartOfDay(WorkCalendar.ZONE).toInstant()));
        } catch (RuntimeException e) {
            Feedback.fail(this, e);
        }
    }
}
