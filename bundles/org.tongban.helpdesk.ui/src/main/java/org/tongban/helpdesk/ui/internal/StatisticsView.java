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
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.CurrentUser;

/**
 * 帮办统计: the requests of the user's area registered in a period, by kind, channel, team and area, with the mean time
 * to first contact and to completion, and the same as an Excel workbook.
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
                    byte[] workbook = StatisticsWorkbook.of(
                            service.statistics(home, from.getValue(), to.getValue()), this::getTranslation);
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
        table("byKind", shown.byKind(), k -> Labels.of(this, QueueView.parse(HelpKind.class, k)));
        table("byChannel", shown.byChannel(), k -> Labels.of(this, QueueView.parse(HelpChannel.class, k)));
        table("byTeam", shown.byTeam(), Function.identity());
        table("byArea", shown.byArea(), Function.identity());
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
