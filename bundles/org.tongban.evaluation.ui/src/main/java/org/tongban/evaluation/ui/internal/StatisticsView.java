package org.tongban.evaluation.ui.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.tongban.evaluation.EvaluationService;
import org.tongban.evaluation.EvaluationStatistics;
import org.tongban.evaluation.EvaluationStatistics.Row;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.platform.ui.Chart;
import org.tongban.platform.ui.Feedback;

/**
 * 好差评统计: the active rating rate against the city's goal, satisfaction per unit, window, clerk, matter and channel
 * with defaults apart, bad reviews and their close-out, the monthly trend; exported as an Excel workbook.
 */
public final class StatisticsView extends VerticalLayout {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final List<String> GROUPS = List.of("unit", "window", "clerk", "matter", "channel", "month");

    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Div results = new Div();
    private final EvaluationService service;
    private final String home;
    private final Anchor export;
    private EvaluationStatistics shown;

    public StatisticsView(EvaluationService service, AccessControl access) {
        this.service = service;
        this.home = access.currentUser().map(CurrentUser::jurisdictionCode).orElse(null);
        LocalDate today = LocalDate.now(Labels.ZONE);
        from.setLabel(getTranslation("evaluation.ui.stats.from"));
        from.setValue(today.withDayOfYear(1));
        to.setLabel(getTranslation("evaluation.ui.stats.to"));
        to.setValue(today);
        Button run = new Button(getTranslation("evaluation.ui.stats.run"), click -> run());
        run.setId("evaluation-stats-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        export = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = workbook();
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            "evaluation-statistics-" + from.getValue() + "-" + to.getValue() + ".xlsx",
                            XLSX,
                            bytes.length);
                }),
                getTranslation("evaluation.ui.stats.export"));
        export.setId("evaluation-stats-export");
        // Hidden until there are figures: a greyed-out link is neither readable (contrast) nor of any use.
        export.setVisible(false);
        FlexLayout form = new FlexLayout(from, to, run, export);
        form.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        form.setAlignItems(Alignment.BASELINE);
        form.getStyle().set("gap", "var(--lumo-space-m)");
        results.setWidthFull();
        add(new H2(getTranslation("evaluation.ui.stats.menu")), form, results);
        setMaxWidth("90rem");
    }

    void run() {
        if (home == null
                || from.getValue() == null
                || to.getValue() == null
                || from.getValue().isAfter(to.getValue())) {
            Feedback.error(getTranslation("evaluation.ui.stats.choose"));
            return;
        }
        try {
            shown = service.statistics(home, from.getValue(), to.getValue());
        } catch (RuntimeException e) {
            EvaluationFeedback.FEEDBACK.failure(this, e);
            return;
        }
        render();
        export.setVisible(true);
    }

    EvaluationStatistics shown() {
        return shown;
    }

    byte[] workbook() {
        return StatisticsWorkbook.of(shown, this::getTranslation);
    }

    private void render() {
        results.removeAll();
        Paragraph rate = new Paragraph(getTranslation(
                shown.goalMet() ? "evaluation.ui.stats.rateMet" : "evaluation.ui.stats.rateBelow",
                shown.activeRatePercent(),
                shown.goalPercent(),
                shown.invited(),
                shown.rated(),
                shown.defaulted()));
        rate.setId("evaluation-stats-rate");
        Paragraph bad = new Paragraph(getTranslation(
                "evaluation.ui.stats.bad",
                shown.satisfactionPercent(),
                shown.bad(),
                shown.badClosed(),
                shown.averageCloseHours()));
        bad.setId("evaluation-stats-bad");
        results.add(rate, bad);
        Chart trend = new Chart(Chart.Type.BAR, getTranslation("evaluation.ui.stats.byMonth"));
        trend.setData(
                shown.byMonth().stream().map(Row::key).toList(),
                List.of(
                        new Chart.Series(
                                getTranslation("evaluation.ui.stats.rated"),
                                shown.byMonth().stream().map(Row::rated).toList()),
                        new Chart.Series(
                                getTranslation("evaluation.ui.stats.defaulted"),
                                shown.byMonth().stream().map(Row::defaulted).toList()),
                        new Chart.Series(
                                getTranslation("evaluation.ui.stats.badCount"),
                                shown.byMonth().stream().map(Row::bad).toList())));
        Chart units = new Chart(Chart.Type.BAR, getTranslation("evaluation.ui.stats.satisfactionByUnit"));
        units.setData(
                shown.byUnit().stream().map(Row::key).toList(),
                List.of(new Chart.Series(
                        getTranslation("evaluation.ui.stats.satisfaction"),
                        shown.byUnit().stream().map(Row::satisfactionPercent).toList())));
        results.add(trend, units);
        for (String group : GROUPS) {
            results.add(new H3(getTranslation("evaluation.ui.stats.by." + group)), table(group, rows(shown, group)));
        }
    }

    static List<Row> rows(EvaluationStatistics s, String group) {
        return switch (group) {
            case "unit" -> s.byUnit();
            case "window" -> s.byWindow();
            case "clerk" -> s.byClerk();
            case "matter" -> s.byMatter();
            case "channel" -> s.byChannel();
            default -> s.byMonth();
        };
    }

    private HtmlTable table(String group, List<Row> rows) {
        HtmlTable table = new HtmlTable(getTranslation("evaluation.ui.stats.by." + group));
        table.setId("evaluation-stats-" + group);
        table.head(StatisticsWorkbook.HEADERS.stream()
                .map(k -> getTranslation("evaluation.ui.stats." + k))
                .toList());
        for (Row r : rows) {
            table.row(
                    "channel".equals(group) ? getTranslation("evaluation.ui.channel." + r.key()) : r.key(),
                    List.of(
                            String.valueOf(r.rated()),
                            String.valueOf(r.defaulted()),
                            String.valueOf(r.bad()),
                            String.valueOf(r.averageScore()),
                            r.satisfactionPercent() + "%"));
        }
        return table;
    }
}
