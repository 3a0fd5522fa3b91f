package org.tongban.helpdesk.ui.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.tongban.helpdesk.HelpChannel;
import org.tongban.helpdesk.HelpKind;
import org.tongban.helpdesk.HelpdeskService;
import org.tongban.helpdesk.HelpdeskStatistics;
import org.tongban.helpdesk.Satisfaction;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.platform.ui.Chart;

/**
 * 帮办统计: the requests of the user's area registered in a period, charted by kind, channel, team, time to first
 * contact and time to completion, listed by area, with the mean time to first contact and to completion, satisfaction
 * from the requests' own ratings against its goal, and all of it as an Excel workbook.
 */
public final class StatisticsView extends VerticalLayout {
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Div figures = new Div();
    private final HelpdeskService service;
    private final String home;
    HelpdeskStatistics shown;

    public StatisticsView(HelpdeskService service, AccessControl access) {
        this.service = service;
        this.home = access.currentUser().map(CurrentUser::jurisdictionCode).orElse(null);
        LocalDate today = LocalDate.now(Labels.BEIJING);
        from.setLabel(getTranslation("helpdesk.ui.statistics.from"));
        from.setValue(today.minusDays(29));
        to.setLabel(getTranslation("helpdesk.ui.statistics.to"));
        to.setValue(today);
        Button show = new Button(getTranslation("helpdesk.ui.statistics.show"), click -> refresh());
        Anchor export = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] workbook = workbook();
                    return new DownloadResponse(
                            new java.io.ByteArrayInputStream(workbook),
                            "helpdesk-" + from.getValue() + "-" + to.getValue() + ".xlsx",
                            StatisticsWorkbook.MEDIA_TYPE,
                            workbook.length);
                }),
                getTranslation("helpdesk.ui.statistics.export"));
        export.setId("helpdesk-statistics-export");
        FlexLayout bar = new FlexLayout(from, to, show, export);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.getStyle().set("gap", "var(--lumo-space-m)").set("align-items", "baseline");
        figures.setWidthFull();
        figures.getElement().setAttribute("aria-live", "polite");
        add(new H2(getTranslation("helpdesk.ui.statistics.menu")), bar, figures);
        setMaxWidth("72rem");
        refresh();
    }

    byte[] workbook() {
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        return StatisticsWorkbook.of(
                service.statistics(home, start, end),
                service.firstContactSpans(home, start, end),
                service.completionSpans(home, start, end),
                service.satisfaction(home, start, end),
                this::getTranslation);
    }

    void refresh() {
        figures.removeAll();
        if (home == null) {
            return;
        }
        try {
            shown = service.statistics(home, from.getValue(), to.getValue());
        } catch (RuntimeException e) {
            HelpdeskFeedback.FEEDBACK.failure(this, e);
            return;
        }
        figures.add(new Paragraph(getTranslation(
                "helpdesk.ui.statistics.summary",
                shown.total(),
                shown.open(),
                shown.completed(),
                shown.terminated(),
                String.format("%.1f", shown.averageFirstContactMinutes()),
                String.format("%.1f", shown.averageCompletionHours()))));
        figures.add(satisfaction());
        figures.add(chart(
                Chart.Type.BAR, "byKind", shown.byKind(), k -> Labels.of(this, QueueView.parse(HelpKind.class, k))));
        figures.add(chart(
                Chart.Type.PIE,
                "byChannel",
                shown.byChannel(),
                k -> Labels.of(this, QueueView.parse(HelpChannel.class, k))));
        figures.add(chart(Chart.Type.HORIZONTAL_BAR, "byTeam", shown.byTeam(), Function.identity()));
        List<HelpdeskStatistics.Row> spans = service.firstContactSpans(home, from.getValue(), to.getValue());
        figures.add(chart(
                Chart.Type.BAR, "firstContactSpans", spans, k -> getTranslation("helpdesk.ui.statistics.span." + k)));
        figures.add(chart(
                Chart.Type.BAR,
                "completionSpans",
                service.completionSpans(home, from.getValue(), to.getValue()),
                k -> getTranslation("helpdesk.ui.statistics.span." + k)));
        table("byArea", shown.byArea(), Function.identity());
    }

    /** Satisfaction from the requests' ratings against the goal, or that there are none yet. */
    private Paragraph satisfaction() {
        Satisfaction s = service.satisfaction(home, from.getValue(), to.getValue());
        String percent = String.format("%.1f", s.percent());
        String goal = String.format("%.0f", s.goalPercent());
        Paragraph line = new Paragraph(
                s.rated() == 0
                        ? getTranslation("helpdesk.ui.statistics.satisfactionNone", goal)
                        : getTranslation(
                                s.met()
                                        ? "helpdesk.ui.statistics.satisfactionMet"
                                        : "helpdesk.ui.statistics.satisfactionBelow",
                                percent,
                                s.rated(),
                                goal));
        line.setId("helpdesk-statistics-satisfaction");
        return line;
    }

    /** A chart of the platform's kit: its data table is there for screen readers and the 数据表 button. */
    private Chart chart(
            Chart.Type type, String name, List<HelpdeskStatistics.Row> rows, Function<String, String> label) {
        Chart chart = new Chart(type, getTranslation("helpdesk.ui.statistics." + name));
        List<Chart.Series> series = type == Chart.Type.PIE
                ? List.of(new Chart.Series(
                        getTranslation("helpdesk.ui.statistics.total"),
                        rows.stream().map(HelpdeskStatistics.Row::total).toList()))
                : List.of(
                        new Chart.Series(
                                getTranslation("helpdesk.ui.statistics.total"),
                                rows.stream().map(HelpdeskStatistics.Row::total).toList()),
                        new Chart.Series(
                                getTranslation("helpdesk.ui.statistics.completed"),
                                rows.stream()
                                        .map(HelpdeskStatistics.Row::completed)
                                        .toList()));
        chart.setData(rows.stream().map(r -> label.apply(r.key())).toList(), series);
        chart.setId("helpdesk-statistics-" + name);
        return chart;
    }

    private void table(String name, List<HelpdeskStatistics.Row> rows, Function<String, String> label) {
        figures.add(new H3(getTranslation("helpdesk.ui.statistics." + name)));
        Grid<HelpdeskStatistics.Row> grid = new Grid<>();
        grid.setAllRowsVisible(true);
        grid.addColumn(r -> label.apply(r.key())).setHeader(getTranslation("helpdesk.ui.statistics.group"));
        grid.addColumn(HelpdeskStatistics.Row::total).setHeader(getTranslation("helpdesk.ui.statistics.total"));
        grid.addColumn(HelpdeskStatistics.Row::completed).setHeader(getTranslation("helpdesk.ui.statistics.completed"));
        grid.setItems(rows);
        grid.setAriaLabel(getTranslation("helpdesk.ui.statistics." + name));
        grid.setId("helpdesk-statistics-" + name);
        figures.add(grid);
    }
}
