package org.tongban.hotline.ui.internal;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.tongban.hotline.Category;
import org.tongban.hotline.DispatchCatalogue;
import org.tongban.hotline.HotlineQueries;
import org.tongban.hotline.UnitKpi;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.ui.Chart;
import org.tongban.platform.ui.Feedback;

/**
 * 热线统计: the heat table of categories by street, trends by week and month, the units' KPIs and the
 * business-environment complaint line apart, for a period; exported as an Excel workbook.
 */
public final class StatisticsView extends VerticalLayout {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    private final HotlineQueries queries;
    private final DispatchCatalogue catalogue;
    private final Jurisdictions jurisdictions;
    private final String home;
    private final Div results = new Div();
    private final Anchor export;
    private Figures shown;
    private List<UnitKpi> kpis = List.of();

    public StatisticsView(
            HotlineQueries queries, DispatchCatalogue catalogue, AccessControl access, Jurisdictions jurisdictions) {
        this.queries = queries;
        this.catalogue = catalogue;
        this.jurisdictions = jurisdictions;
        this.home = access.currentUser().map(CurrentUser::jurisdictionCode).orElse(null);
        LocalDate today = LocalDate.now(Labels.ZONE);
        from.setLabel(getTranslation("hotline.ui.stats.from"));
        from.setValue(today.withDayOfMonth(1));
        to.setLabel(getTranslation("hotline.ui.stats.to"));
        to.setValue(today);
        Button run = new Button(getTranslation("hotline.ui.stats.run"), click -> run());
        run.setId("hotline-stats-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        export = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = workbook();
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            "hotline-statistics-" + from.getValue() + "-" + to.getValue() + ".xlsx",
                            XLSX,
                            bytes.length);
                }),
                getTranslation("hotline.ui.stats.export"));
        export.setId("hotline-stats-export");
        export.setEnabled(false);
        FlexLayout form = new FlexLayout(from, to, run, export);
        form.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        form.setAlignItems(Alignment.BASELINE);
        form.getStyle().set("gap", "var(--lumo-space-m)");
        results.setWidthFull();
        add(new H2(getTranslation("hotline.ui.stats.menu")), form, results);
        addClassName(TicketPath.PAGE_CLASS);
        setMaxWidth("90rem");
        // The office opens the page to see this month: count it at once rather than show an empty page.
        addAttachListener(attach -> {
            if (shown == null) {
                run();
            }
        });
    }

    /** Counts the period; the end date is included. */
    void run() {
        if (from.getValue() == null || to.getValue() == null || from.getValue().isAfter(to.getValue())) {
            Feedback.error(getTranslation("hotline.ui.stats.choose"));
            return;
        }
        Instant start = from.getValue().atStartOfDay(Labels.ZONE).toInstant();
        Instant end = to.getValue().plusDays(1).atStartOfDay(Labels.ZONE).toInstant();
        try {
            List<Category> categories = catalogue.categories();
            shown = Figures.of(queries, categories, home, start, end, this::street, code -> categories.stream()
                    .filter(c -> c.code().equals(code))
                    .map(Category::name)
                    .findFirst()
                    .orElse(code));
            kpis = home == null ? List.of() : queries.unitKpis(home, start, end);
        } catch (RuntimeException e) {
            HotlineFeedback.FEEDBACK.failure(this, e);
            return;
        }
        render();
        export.setEnabled(true);
    }

    /** The street (9 digits) of a place, by name; a district's place stays the district. */
    private String street(String code) {
        String key = code == null ? "" : code.length() > 9 ? code.substring(0, 9) : code;
        return jurisdictions.find(key).map(j -> j.name()).orElse(key);
    }

    Figures shown() {
        return shown;
    }

    byte[] workbook() {
        return StatisticsWorkbook.of(shown, kpis, this::getTranslation);
    }

    private void render() {
        results.removeAll();
        results.add(new Paragraph(getTranslation("hotline.ui.stats.total", shown.counted())));
        results.add(new H3(getTranslation("hotline.ui.stats.heat")), heatTable());
        Chart weeks = new Chart(Chart.Type.BAR, getTranslation("hotline.ui.stats.byWeek"));
        weeks.setData(
                List.copyOf(shown.byWeek().keySet()),
                List.of(new Chart.Series(
                        getTranslation("hotline.ui.stats.count"),
                        List.copyOf(shown.byWeek().values()))));
        Chart months = new Chart(Chart.Type.BAR, getTranslation("hotline.ui.stats.byMonth"));
        months.setData(
                List.copyOf(shown.byMonth().keySet()),
                List.of(new Chart.Series(
                        getTranslation("hotline.ui.stats.count"),
                        List.copyOf(shown.byMonth().values()))));
        results.add(weeks, months);
        results.add(new H3(getTranslation("hotline.ui.stats.kpis")), kpiTable());
        results.add(
                new H3(getTranslation("hotline.ui.stats.business")),
                new Paragraph(getTranslation("hotline.ui.stats.businessTotal", shown.businessEnvironment())),
                counts(shown.businessByCategory(), "hotline-stats-business"));
    }

    /** Categories down, streets across; darker cells for more tickets, the number always written. */
    HtmlTable heatTable() {
        HtmlTable table = new HtmlTable(getTranslation("hotline.ui.stats.heat"));
        table.setId("hotline-stats-heat");
        List<String> streets = shown.streets();
        List<String> head = new java.util.ArrayList<>();
        head.add(getTranslation("hotline.ui.stats.category"));
        head.addAll(streets);
        table.head(head);
        long max = shown.heat().values().stream()
                .flatMap(m -> m.values().stream())
                .mapToLong(Long::longValue)
                .max()
                .orElse(1);
        for (Map.Entry<String, Map<String, Long>> e : shown.heat().entrySet()) {
            List<Long> counts = streets.stream()
                    .map(st -> e.getValue().getOrDefault(st, 0L))
                    .toList();
            List<com.vaadin.flow.dom.Element> cells =
                    table.row(e.getKey(), counts.stream().map(String::valueOf).toList());
            for (int i = 0; i < cells.size(); i++) {
                int pct = max == 0 ? 0 : Math.round(60f * counts.get(i) / max);
                cells.get(i)
                        .getStyle()
                        .set("background", "color-mix(in srgb, var(--lumo-error-color) " + pct + "%, transparent)")
                        .set("text-align", "right");
            }
        }
        return table;
    }

    private HtmlTable kpiTable() {
        HtmlTable table = new HtmlTable(getTranslation("hotline.ui.stats.kpis"));
        table.setId("hotline-stats-kpis");
        table.head(List.of(
                        "unit",
                        "dispatched",
                        "signedOnTime",
                        "handledOnTime",
                        "resolution",
                        "satisfaction",
                        "reopen",
                        "returned")
                .stream()
                .map(key -> getTranslation("hotline.ui.stats." + key))
                .toList());
        for (UnitKpi k : kpis) {
            table.row(
                    k.unitName(),
                    List.of(
                            String.valueOf(k.dispatched()),
                            percent(k.signedOnTimeRate()),
                            percent(k.handledOnTimeRate()),
                            percent(k.resolutionRate()),
                            percent(k.satisfactionRate()),
                            percent(k.reopenRate()),
                            String.valueOf(k.returned())));
        }
        return table;
    }

    private HtmlTable counts(Map<String, Long> counts, String id) {
        HtmlTable table = new HtmlTable(getTranslation("hotline.ui.stats.business"));
        table.setId(id);
        table.head(List.of(getTranslation("hotline.ui.stats.category"), getTranslation("hotline.ui.stats.count")));
        counts.forEach((k, v) -> table.row(k, List.of(String.valueOf(v))));
        return table;
    }

    static String percent(double rate) {
        return Math.round(rate * 1000) / 10.0 + "%";
    }
}
