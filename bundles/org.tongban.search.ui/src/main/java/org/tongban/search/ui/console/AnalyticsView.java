package org.tongban.search.ui.console;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.QueryParameters;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.tongban.platform.ui.Chart;
import org.tongban.search.analytics.QueryStatistic;
import org.tongban.search.analytics.SearchAnalytics;

/**
 * What citizens search for ({@code /console/search/analytics}): the most frequent queries, those that found nothing
 * and those nobody clicked, over the last 7, 30 or 90 days or chosen dates. Every query is one action away from a
 * synonym that leads it to the right guide.
 */
public final class AnalyticsView extends VerticalLayout {
    /** Rows per report: the long tail beyond is too thin to act on. */
    static final int LIMIT = 200;

    private final SearchAnalytics analytics;
    private final Clock clock;
    private final RadioButtonGroup<Period.Choice> choice = new RadioButtonGroup<>();
    private final DatePicker from;
    private final DatePicker to;
    private final Span summary = new Span();
    private final Grid<QueryStatistic> top;
    private final Grid<QueryStatistic> zeroResults;
    private final Grid<QueryStatistic> noClicks;

    /** The top queries drawn as bars above their table; more would not fit a phone. */
    private static final int CHARTED = 10;

    private final Chart topChart;

    public AnalyticsView(SearchAnalytics analytics, BooleanSupplier synonymsAvailable, Clock clock) {
        this.analytics = analytics;
        this.clock = clock;
        this.topChart = new Chart(Chart.Type.HORIZONTAL_BAR, getTranslation("search.console.analytics.top.chart"));
        add(
                new H1(getTranslation("search.console.analytics.menu")),
                new Paragraph(getTranslation("search.console.analytics.intro")));
        if (!synonymsAvailable.getAsBoolean()) {
            Paragraph unavailable = new Paragraph(getTranslation("search.console.analytics.synonymsUnavailable"));
            unavailable.setId("search-analytics-synonyms-unavailable");
            add(unavailable);
        }

        choice.setLabel(getTranslation("search.console.analytics.period"));
        choice.setItems(Period.Choice.values());
        choice.setItemLabelGenerator(c -> getTranslation(c.key()));
        choice.setId("search-analytics-period");
        LocalDate today = today();
        from = DatePickers.create(this, getLocale(), "search.console.analytics.from", "search-analytics-from");
        to = DatePickers.create(this, getLocale(), "search.console.analytics.to", "search-analytics-to");
        for (DatePicker picker : List.of(from, to)) {
            picker.setMax(today);
            picker.setVisible(false);
            picker.addValueChangeListener(e -> load());
        }
        summary.setId("search-analytics-summary");
        summary.getElement().setAttribute("role", "status");
        summary.getElement().setAttribute("aria-live", "polite");
        HorizontalLayout period = new HorizontalLayout(choice, from, to);
        period.setAlignItems(FlexComponent.Alignment.BASELINE);
        period.setWrap(true);

        top = QueryGrids.create(
                this,
                getLocale(),
                "search-analytics-top",
                "search.console.analytics.top",
                "search.console.analytics.top.empty",
                synonymsAvailable,
                this::addSynonym);
        zeroResults = QueryGrids.create(
                this,
                getLocale(),
                "search-analytics-zero",
                "search.console.analytics.zero",
                "search.console.analytics.zero.empty",
                synonymsAvailable,
                this::addSynonym);
        noClicks = QueryGrids.create(
                this,
                getLocale(),
                "search-analytics-no-click",
                "search.console.analytics.noClick",
                "search.console.analytics.noClick.empty",
                synonymsAvailable,
                this::addSynonym);
        TabSheet reports = new TabSheet();
        reports.setId("search-analytics-reports");
        VerticalLayout topReport = report("search.console.analytics.top.intro", top);
        topChart.setId("search-analytics-top-chart");
        topChart.setDrawingHeight("16rem");
        topReport.addComponentAtIndex(1, topChart);
        topReport.setHeight(null);
        top.setHeight("24rem");
        reports.add(getTranslation("search.console.analytics.top"), topReport);
        reports.add(
                getTranslation("search.console.analytics.zero"),
                report("search.console.analytics.zero.intro", zeroResults));
        reports.add(
                getTranslation("search.console.analytics.noClick"),
                report("search.console.analytics.noClick.intro", noClicks));
        reports.setWidthFull();

        add(period, summary, reports);
        setSizeFull();
        setFlexGrow(1, reports);
        choice.addValueChangeListener(e -> choose(e.getValue()));
        choice.setValue(Period.Choice.LAST_30);
    }

    private VerticalLayout report(String introKey, Grid<QueryStatistic> grid) {
        VerticalLayout report = new VerticalLayout(new Paragraph(getTranslation(introKey)), grid);
        report.setPadding(false);
        report.setHeight("32rem");
        report.setFlexGrow(1, grid);
        return report;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.ZONE));
    }

    private void choose(Period.Choice chosen) {
        boolean custom = chosen == Period.Choice.CUSTOM;
        from.setVisible(custom);
        to.setVisible(custom);
        if (custom && from.isEmpty() && to.isEmpty()) {
            // Start from the last 30 days, so the clerk only changes the end that matters.
            Period start = Period.Choice.LAST_30.upTo(today());
            to.setValue(start.to());
            from.setValue(start.from());
            return;
        }
        load();
    }

    /** The chosen period, or {@code null} while the custom dates are incomplete or the wrong way round. */
    Period period() {
        Period.Choice chosen = choice.getValue();
        if (chosen == null) {
            return null;
        }
        if (chosen != Period.Choice.CUSTOM) {
            return chosen.upTo(today());
        }
        if (from.getValue() == null || to.getValue() == null) {
            return null;
        }
        boolean reversed = from.getValue().isAfter(to.getValue());
        to.setErrorMessage(reversed ? getTranslation("search.console.analytics.period.reversed") : null);
        to.setInvalid(reversed);
        return reversed ? null : new Period(from.getValue(), to.getValue());
    }

    /** Loads the three reports for the chosen period. */
    void load() {
        Period period = period();
        if (period == null) {
            summary.setText(getTranslation("search.console.analytics.period.incomplete"));
            show(List.of(), List.of(), List.of());
            return;
        }
        summary.setText(getTranslation(
                "search.console.analytics.summary",
                Formats.date(period.from(), getLocale()),
                Formats.date(period.to(), getLocale())));
        try {
            show(
                    analytics.topQueries(period.from(), period.to(), LIMIT),
                    analytics.zeroResultQueries(period.from(), period.to(), LIMIT),
                    analytics.noClickQueries(period.from(), period.to(), LIMIT));
        } catch (RuntimeException e) {
            show(List.of(), List.of(), List.of());
            summary.setText(Failures.FEEDBACK.message(this, e));
            Failures.FEEDBACK.failure(this, e);
        }
    }

    private void show(List<QueryStatistic> topRows, List<QueryStatistic> zeroRows, List<QueryStatistic> noClickRows) {
        top.setItems(topRows);
        List<QueryStatistic> charted = topRows.stream().limit(CHARTED).toList().reversed();
        topChart.setData(
                charted.stream().map(QueryStatistic::text).toList(),
                List.of(new Chart.Series(
                        getTranslation("search.console.analytics.searches"),
                        charted.stream().map(QueryStatistic::searches).toList())));
        zeroResults.setItems(zeroRows);
        noClicks.setItems(noClickRows);
    }

    /** Opens the synonym page with the query as its phrase. */
    private void addSynonym(String text) {
        getUI().ifPresent(ui ->
                ui.navigate("console/" + SynonymsContribution.ROUTE, QueryParameters.of(SynonymsView.PHRASE, text)));
    }
}
