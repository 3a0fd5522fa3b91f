package org.tongban.hall.ui.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.tongban.hall.HallAdministration;
import org.tongban.hall.HallStatistics;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.platform.ui.Chart;
import org.tongban.platform.ui.Feedback;

/**
 * {@code /console/hall/statistics}: waiting and service times per hall, window, matter and hour, with a chart; the
 * figures shown are exported as an Excel workbook with a sheet per grouping.
 */
public final class HallStatisticsView extends VerticalLayout {
    private final HallStatistics statistics;
    private final HallPicker hall;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final ComboBox<HallStatistics.Dimension> dimension = new ComboBox<>();
    private final Grid<HallStatistics.Row> rows = new Grid<>();
    private final Div chart = new Div();
    private final Anchor export;
    private Shown shown;

    /** What the page shows: the workbook exports the same hall and period. */
    record Shown(org.tongban.hall.Hall hall, LocalDate from, LocalDate to) {}

    public HallStatisticsView(HallAdministration halls, HallStatistics statistics, AccessControl access) {
        this.statistics = statistics;
        add(new H2(getTranslation("hall.ui.stats.title")));
        hall = new HallPicker(
                halls,
                access.currentUser().map(CurrentUser::jurisdictionCode).orElse(null),
                getTranslation("hall.ui.hall"));
        from.setLabel(getTranslation("hall.ui.from"));
        to.setLabel(getTranslation("hall.ui.to"));
        from.setValue(LocalDate.now().minusDays(30));
        to.setValue(LocalDate.now());
        dimension.setLabel(getTranslation("hall.ui.stats.by"));
        dimension.setItems(HallStatistics.Dimension.values());
        dimension.setItemLabelGenerator(d -> getTranslation("hall.ui.stats.by." + d));
        dimension.setValue(HallStatistics.Dimension.WINDOW);
        Button show = new Button(getTranslation("hall.ui.stats.show"), e -> render());
        export = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = workbook();
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            "hall-statistics-" + shown.hall().code() + "-" + shown.from() + "-" + shown.to() + ".xlsx",
                            HallStatisticsWorkbook.MEDIA_TYPE,
                            bytes.length);
                }),
                getTranslation("hall.ui.stats.export"));
        export.setId("hall-stats-export");
        export.setEnabled(false);
        FlexLayout filters = new FlexLayout(hall, from, to, dimension, show, export);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(Alignment.BASELINE);
        filters.getStyle().set("gap", "0.5em");
        rows.addColumn(HallStatistics.Row::label).setHeader(getTranslation("hall.ui.stats.group"));
        rows.addColumn(HallStatistics.Row::visits).setHeader(getTranslation("hall.ui.stats.visits"));
        rows.addColumn(HallStatistics.Row::skipped).setHeader(getTranslation("hall.ui.stats.skipped"));
        rows.addColumn(r -> minutes(r.averageWaitSeconds())).setHeader(getTranslation("hall.ui.stats.wait"));
        rows.addColumn(r -> minutes(r.averageServiceSeconds())).setHeader(getTranslation("hall.ui.stats.service"));
        rows.addColumn(r -> minutes(r.longestWaitSeconds())).setHeader(getTranslation("hall.ui.stats.longest"));
        rows.setAllRowsVisible(true);
        rows.setAriaLabel(getTranslation("hall.ui.stats.title"));
        add(filters, chart, rows);
        render();
    }

    private void render() {
        chart.removeAll();
        shown = null;
        export.setEnabled(false);
        if (hall.getValue() == null) {
            rows.setItems(List.of());
            return;
        }
        try {
            List<HallStatistics.Row> result =
                    statistics.times(hall.getValue().id(), from.getValue(), to.getValue(), dimension.getValue());
            rows.setItems(result);
            shown = new Shown(hall.getValue(), from.getValue(), to.getValue());
            export.setEnabled(true);
            Chart times = new Chart(Chart.Type.BAR, getTranslation("hall.ui.stats.chart"));
            times.setData(
                    result.stream().map(HallStatistics.Row::label).toList(),
                    List.of(
                            new Chart.Series(
                                    getTranslation("hall.ui.stats.wait"),
                                    result.stream()
                                            .map(r -> r.averageWaitSeconds() / 60.0)
                                            .toList()),
                            new Chart.Series(
                                    getTranslation("hall.ui.stats.service"),
                                    result.stream()
                                            .map(r -> r.averageServiceSeconds() / 60.0)
                                            .toList())));
            chart.add(times);
        } catch (RuntimeException e) {
            Feedback.fail(this, e);
        }
    }

    /** The workbook of what is shown; empty before anything is. */
    byte[] workbook() {
        Shown now = shown;
        if (now == null) {
            return new byte[0];
        }
        return HallStatisticsWorkbook.of(statistics, now.hall(), now.from(), now.to(), this::getTranslation);
    }

    private static String minutes(long seconds) {
        return String.format("%.1f", seconds / 60.0);
    }
}
