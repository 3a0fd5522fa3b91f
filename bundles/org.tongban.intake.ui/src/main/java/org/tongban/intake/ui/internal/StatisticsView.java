package org.tongban.intake.ui.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.tongban.catalogue.Department;
import org.tongban.catalogue.MatterCatalogue;
import org.tongban.intake.IntakeQueries;
import org.tongban.intake.IntakeStatistics;
import org.tongban.intake.IntakeStatistics.Count;
import org.tongban.intake.IntakeStatistics.Outcomes;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.platform.api.security.Jurisdiction;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.ui.Chart;
import org.tongban.platform.ui.Feedback;
import org.tongban.platform.ui.JurisdictionChoices;
import org.tongban.platform.ui.JurisdictionField;

/**
 * 统计分析: intake's figures for a jurisdiction and a period (counted by the database), as charts with their data
 * tables and a table of the key rates, exported to Excel as shown.
 */
public final class StatisticsView extends VerticalLayout {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final IntakeQueries queries;
    private final MatterCatalogue catalogue;
    private final Jurisdictions jurisdictions;
    private final JurisdictionField jurisdiction;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Div results = new Div();
    private final Anchor export;
    private IntakeStatistics shown;

    public StatisticsView(
            IntakeQueries queries, MatterCatalogue catalogue, Jurisdictions jurisdictions, AccessControl access) {
        this.queries = queries;
        this.catalogue = catalogue;
        this.jurisdictions = jurisdictions;
        String home = access.currentUser().map(CurrentUser::jurisdictionCode).orElse(null);
        jurisdiction = new JurisdictionField(
                getTranslation("intake.ui.stats.jurisdiction"), JurisdictionChoices.below(jurisdictions, home));
        jurisdiction.selectOrFirst(home);
        LocalDate today = LocalDate.now(Labels.ZONE);
        from.setLabel(getTranslation("intake.ui.stats.from"));
        from.setValue(today.withDayOfMonth(1));
        to.setLabel(getTranslation("intake.ui.stats.to"));
        to.setValue(today);
        Button run = new Button(getTranslation("intake.ui.stats.run"), click -> run());
        run.setId("intake-stats-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        export = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = workbook();
                    return new DownloadResponse(new ByteArrayInputStream(bytes), fileName(), XLSX, bytes.length);
                }),
                getTranslation("intake.ui.stats.export"));
        export.setId("intake-stats-export");
        // Hidden until there are figures: a greyed-out link is neither readable (contrast) nor of any use.
        export.setVisible(false);
        FlexLayout form = new FlexLayout(jurisdiction, from, to, run, export);
        form.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        form.setAlignItems(Alignment.BASELINE);
        form.getStyle().set("gap", "var(--lumo-space-m)");
        results.setWidthFull();
        add(new H2(getTranslation("intake.ui.stats.menu")), form, results);
        addClassName(CasePath.PAGE_CLASS);
        setMaxWidth("80rem");
    }

    /** Counts the chosen jurisdiction and period; the end date is included. */
    void run() {
        if (jurisdiction.selectedCode() == null || from.getValue() == null || to.getValue() == null) {
            Feedback.error(getTranslation("intake.ui.stats.choose"));
            return;
        }
        try {
            shown = queries.statistics(
                    jurisdiction.selectedCode(),
                    from.getValue().atStartOfDay(Labels.ZONE).toInstant(),
                    to.getValue().plusDays(1).atStartOfDay(Labels.ZONE).toInstant());
        } catch (RuntimeException e) {
            CaseFeedback.FEEDBACK.failure(this, e);
            return;
        }
        render(shown);
        export.setVisible(true);
    }

    IntakeStatistics shown() {
        return shown;
    }

    byte[] workbook() {
        return StatisticsWorkbook.of(shown, this::getTranslation, this::channelLabel, this::groupLabel);
    }

    private String fileName() {
        return "intake-statistics-" + shown.jurisdictionCode() + "-" + from.getValue() + "-" + to.getValue() + ".xlsx";
    }

    private void render(IntakeStatistics s) {
        results.removeAll();
        results.add(new H3(getTranslation("intake.ui.stats.summary")), rates(s));
        results.add(chart("intake.ui.stats.byChannel", Chart.Type.PIE, s.byChannel(), this::channelLabel));
        results.add(
                chart("intake.ui.stats.byDepartment", Chart.Type.HORIZONTAL_BAR, s.byDepartment(), this::groupLabel));
        results.add(chart("intake.ui.stats.byWindow", Chart.Type.HORIZONTAL_BAR, s.byWindow(), this::groupLabel));
        results.add(chart("intake.ui.stats.byMatter", Chart.Type.HORIZONTAL_BAR, s.byMatter(), Count::label));
        results.add(chart(
                "intake.ui.stats.supplementReasons", Chart.Type.HORIZONTAL_BAR, s.supplementReasons(), Count::label));
        results.add(outcomes(s));
    }

    private Grid<String[]> rates(IntakeStatistics s) {
        Grid<String[]> grid = new Grid<>();
        grid.addColumn(row -> row[0])
                .setHeader(getTranslation("intake.ui.stats.figure"))
                .setFlexGrow(2);
        grid.addColumn(row -> row[1]).setHeader(getTranslation("intake.ui.stats.value"));
        grid.setItems(List.of(
                new String[] {getTranslation("intake.ui.stats.received"), String.valueOf(s.received())},
                new String[] {getTranslation("intake.ui.stats.finished"), String.valueOf(s.finished())},
                new String[] {getTranslation("intake.ui.stats.onTimeRate"), percent(s.onTimeRate())},
                new String[] {getTranslation("intake.ui.stats.instantShare"), percent(s.instantShare())},
                new String[] {
                    getTranslation("intake.ui.stats.compression"),
                    getTranslation("intake.ui.stats.compressionValue", percent(s.compression()), s.compressionCases())
                },
                new String[] {
                    getTranslation("intake.ui.stats.supplementRate"),
                    getTranslation("intake.ui.stats.supplementValue", percent(s.supplementRate()), s.supplemented())
                }));
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("intake.ui.stats.summary"));
        grid.setId("intake-stats-rates");
        return grid;
    }

    private Chart outcomes(IntakeStatistics s) {
        Chart chart = new Chart(Chart.Type.BAR, getTranslation("intake.ui.stats.outcomes"));
        chart.setCategories(
                List.of(getTranslation("intake.ui.stats.tolerance"), getTranslation("intake.ui.stats.pledges")));
        Outcomes t = s.tolerance();
        Outcomes p = s.pledges();
        chart.addSeries(getTranslation("intake.ui.stats.outcomeFulfilled"), List.of(t.fulfilled(), p.fulfilled()));
        chart.addSeries(getTranslation("intake.ui.stats.pending"), List.of(t.pending(), p.pending()));
        chart.addSeries(getTranslation("intake.ui.stats.outcomeFailed"), List.of(t.failed(), p.failed()));
        return chart;
    }

    private Chart chart(String titleKey, Chart.Type type, List<Count> counts, Function<Count, String> label) {
        Chart chart = new Chart(type, getTranslation(titleKey));
        chart.setCategories(counts.stream().map(label).toList());
        chart.addSeries(
                getTranslation("intake.ui.stats.cases"),
                counts.stream().map(Count::cases).toList());
        return chart;
    }

    private String channelLabel(Count c) {
        return getTranslation("intake.ui.channel." + c.key());
    }

    /** A department's or jurisdiction's name where the catalogue or the tree knows it. */
    private String groupLabel(Count c) {
        return catalogue
                .department(c.key())
                .map(Department::name)
                .or(() -> jurisdictions.find(c.key()).map(Jurisdiction::name))
                .orElse(c.key());
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }
}
